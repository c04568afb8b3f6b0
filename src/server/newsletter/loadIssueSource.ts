import type { Payload, PayloadRequest } from 'payload'

import { relationId } from '@/domain/content/relationId'
import type { MeetingKind } from '@/domain/content/options'
import type {
  ArticleInput,
  EventInput,
  IssueSource,
  StaffInput,
  VenueInput,
} from '@/domain/newsletter/types'
import type {
  AgendaItem,
  Article,
  Conference,
  Issue,
  Meeting,
  Staff,
  Venue,
  WorkingGroup,
} from '@/payload-types'

/** A relationship as loaded with depth ≥ 1: the document, or null when missing or not readable. */
function populated<T extends object>(value: number | string | T | null | undefined): T | null {
  return value && typeof value === 'object' ? value : null
}
const populatedList = <T extends object>(
  values: Array<number | string | T> | null | undefined,
): T[] =>
  (values ?? []).map((value) => populated(value)).filter((value): value is T => value !== null)

const staffInput = (person: Staff): StaffInput => ({
  name: person.name,
  jobTitle: person.jobTitle,
  phones: person.phones?.map((phone) => ({ number: phone.number })) ?? [],
  email: person.email ?? null,
})
const venueInput = (venue: Venue | null): VenueInput | null =>
  venue
    ? {
        name: venue.name,
        street: venue.street,
        postcode: venue.postcode,
        city: venue.city,
        isOnline: venue.isOnline,
        url: venue.url,
        mapUrl: venue.mapUrl,
      }
    : null

/** An agenda item or conference loaded with depth ≥ 1 (venue, contacts, signers) as plain data. */
export function eventInput(
  event: AgendaItem | Conference,
  collection: EventInput['collection'],
): EventInput {
  const conference = collection === 'conferences' ? (event as Conference) : null
  return {
    id: event.id,
    collection,
    title: event.title,
    slug: event.slug,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    isAllDay: event.isAllDay,
    status: event.status,
    venue: venueInput(populated(event.venue)),
    summary: event.summary,
    description: event.description,
    programme: (event.programme ?? []).map((entry) => entry.item),
    practicalInfo: event.practicalInfo,
    contacts: populatedList(event.contacts).map(staffInput),
    externalContacts: (event.externalContacts ?? []).map(
      ({ name, organisation, email, phone }) => ({ name, organisation, email, phone }),
    ),
    coOrganisers: (event.coOrganisers ?? []).map(({ name, url }) => ({ name, url })),
    registrationUrl: event.registrationUrl,
    signedBy: populatedList(event.signedBy).map(staffInput),
    signaturePhone: event.signaturePhone,
    speakers: (conference?.speakers ?? []).map(({ name, role }) => ({ name, role })),
    sessions: (conference?.sessions ?? []).map((session) => ({
      title: session.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      venueName: populated(session.venue)?.name ?? null,
    })),
  }
}

/** Finds an issue by id or by month ("2020-02"). */
export async function findIssue({
  payload,
  ref,
  req,
}: {
  payload: Payload
  ref: string | number
  req?: PayloadRequest
}): Promise<Issue | null> {
  const isMonth = typeof ref === 'string' && /^\d{4}-\d{2}$/.test(ref)
  const { docs } = await payload.find({
    collection: 'issues',
    where: isMonth ? { month: { equals: ref } } : { id: { equals: ref } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

/**
 * Loads everything an issue shows, as plain data for toIssueView(): its articles, events and
 * editors in their chosen order, and the meetings of its window (read from `meetings`, never copied).
 * Server code: it reads with overrideAccess, callers decide who may see the result.
 */
export async function loadIssueSource({
  payload,
  issue,
  req,
}: {
  payload: Payload
  issue: Issue
  req?: PayloadRequest
}): Promise<IssueSource> {
  const byIds = async <T extends object>(
    collection: 'articles' | 'agenda-items' | 'conferences' | 'staff',
    ids: Array<number | string | { id: number | string }> | null | undefined,
  ) => {
    const wanted = (ids ?? []).map(relationId)
    if (wanted.length === 0) return [] as T[]
    const { docs } = await payload.find({
      collection,
      where: { id: { in: wanted } },
      // One level is all the email shows (rubric, signers, venue, contacts, session venues); the
      // second level (the signers' photos, the documents' files) cost as much again for nothing.
      depth: 1,
      pagination: false,
      req,
      overrideAccess: true,
    })
    const found = new Map(docs.map((doc) => [String(doc.id), doc as unknown as T]))
    return wanted.map((id) => found.get(String(id))).filter((doc): doc is T => doc !== undefined)
  }
  const [articles, agendaItems, conferences, editors] = await Promise.all([
    byIds<Article>('articles', issue.articles),
    byIds<AgendaItem>('agenda-items', issue.agendaItems),
    byIds<Conference>('conferences', issue.conferences),
    byIds<Staff>('staff', issue.editors),
  ])
  const meetings =
    issue.meetingsFrom && issue.meetingsUntil
      ? (
          await payload.find({
            collection: 'meetings',
            where: {
              and: [
                { startsAt: { greater_than_equal: issue.meetingsFrom } },
                { startsAt: { less_than_equal: issue.meetingsUntil } },
              ],
            },
            sort: 'startsAt',
            depth: 1,
            pagination: false,
            req,
            overrideAccess: true,
          })
        ).docs
      : ([] as Meeting[])

  return {
    issue: {
      number: issue.number,
      month: issue.month,
      subject: issue.subject,
      preheader: issue.preheader,
      footer: issue.footer,
    },
    editors: editors.map(staffInput),
    articles: articles.map((article): ArticleInput => ({
      id: article.id,
      title: article.title,
      body: article.body,
      status: article.status,
      rubricLabel: populated(article.rubric)?.label ?? null,
      signedBy: populatedList(article.signedBy).map(staffInput),
      signaturePhone: article.signaturePhone,
    })),
    events: [
      ...agendaItems.map((item) => eventInput(item, 'agenda-items')),
      ...conferences.map((item) => eventInput(item, 'conferences')),
    ],
    meetings: meetings.map((meeting) => ({
      kind: meeting.kind as MeetingKind,
      startsAt: meeting.startsAt,
      status: meeting.status,
      workingGroupName: populated<WorkingGroup>(meeting.workingGroup)?.name ?? null,
      venueName: populated<Venue>(meeting.venue)?.name ?? null,
      venueLabel: meeting.venueLabel ?? null,
    })),
  }
}
