import path from 'node:path'

import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { issueSubjectFor } from '@/domain/content/issueMonth'
import { markdownToLexical } from '@/domain/content/markdownToLexical'
import { labelOf, MEETING_KINDS } from '@/domain/content/options'
import { BRUSSELS, nextMonthOf, resolveSeedDate } from '@/domain/dates/brussels'
import { demoSubscribers } from '@/domain/subscribers/demoSubscribers'
import type { Issue } from '@/payload-types'
import { slugs } from '@/domain/content/slugs'
import type { AgendaItemSeedData, ConferenceSeedData, EventSeedData, SeedFile } from './seedFiles'
import { DEMO_SEED_FILES, readSeedFile } from './seedFiles'
import type { OnRollback } from '../database/withTransaction'
import { withTransaction } from '../database/withTransaction'
import { freezeEdition } from '../sending/editions'

export type SeedSummary = { isSkipped: boolean; created: Record<string, number> }

type KeyMap = Map<string, number | string>

/** The demo is loaded only into an empty content database, so a restart never duplicates it. */
export async function hasContent(payload: Payload): Promise<boolean> {
  for (const collection of [slugs.issues, slugs.staff, slugs.articles] as const) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) return true
  }
  return false
}

/**
 * Loads the demo content (the February 2020 issue and upcoming events) in one transaction:
 * if any record is refused, nothing is written and the error names the record.
 */
export async function seedDemo({
  payload,
  seedDir,
  today = new Date(),
  log = () => {},
}: {
  payload: Payload
  seedDir: string
  today?: Date
  log?: (message: string) => void
}): Promise<SeedSummary> {
  if (await hasContent(payload)) return { isSkipped: true, created: {} }
  const files = DEMO_SEED_FILES.map((name) => readSeedFile(path.join(seedDir, name)))

  return withTransaction(payload, async (req, onRollback) => {
    const created = await writeSeed({ payload, req, onRollback, files, today, log })
    return { isSkipped: false, created }
  })
}

/** Fictitious subscribers for the demo (see demoSubscribers); returns how many were created. */
export async function seedDemoSubscribers({
  payload,
  today = new Date(),
}: {
  payload: Payload
  today?: Date
}): Promise<number> {
  const subscribers = demoSubscribers(today)
  for (const data of subscribers)
    await payload.create({
      collection: 'subscribers',
      data,
      overrideAccess: true,
    })
  return subscribers.length
}

async function writeSeed({
  payload,
  req,
  onRollback,
  files,
  today,
  log,
}: {
  payload: Payload
  req: PayloadRequest
  onRollback: OnRollback
  files: SeedFile[]
  today: Date
  log: (message: string) => void
}): Promise<Record<string, number>> {
  const ids = {
    staff: new Map() as KeyMap,
    rubrics: new Map() as KeyMap,
    venues: new Map() as KeyMap,
    workingGroups: new Map() as KeyMap,
    articles: new Map() as KeyMap,
    agendaItems: new Map() as KeyMap,
    conferences: new Map() as KeyMap,
  }
  const counts: Record<string, number> = {}
  const date = (value: string) => resolveSeedDate({ value, today })
  const tz = BRUSSELS
  const optionalDate = (value: string | undefined) => (value ? date(value) : undefined)
  const ref = (map: KeyMap, what: string, key: string) => {
    const id = map.get(key)
    if (id === undefined) throw new Error(`Démo : ${what} « ${key} » inconnu(e)`)
    return id
  }
  const refs = (map: KeyMap, what: string, list: string[]) => list.map((key) => ref(map, what, key))
  // Seed records are checked by the zod schema of the files and again by Payload's validation.
  const create = async (
    label: string,
    { collection, data }: { collection: CollectionSlug; data: Record<string, unknown> },
  ) => {
    try {
      const doc = await payload.create({
        collection,
        data: data as never,
        req,
        overrideAccess: true,
        depth: 0,
      })
      onRollback(() => payload.delete({ collection, id: doc.id, overrideAccess: true }))
      counts[collection] = (counts[collection] ?? 0) + 1
      return doc
    } catch (error) {
      const detail = (error as { data?: { errors?: Array<{ path: string; message: string }> } })
        .data?.errors
      const reason =
        detail?.map((e) => `${e.path}: ${e.message}`).join('; ') ?? (error as Error).message
      throw new Error(`Démo : impossible de créer ${label} (${reason})`, { cause: error })
    }
  }
  const rich = (markdown: string | undefined) =>
    markdown ? markdownToLexical(markdown) : undefined

  const eventData = (event: EventSeedData) => ({
    title: event.title,
    startsAt: date(event.startsAt),
    startsAt_tz: tz,
    endsAt: optionalDate(event.endsAt),
    endsAt_tz: tz,
    isAllDay: event.isAllDay,
    venue: event.venue ? ref(ids.venues, 'lieu', event.venue) : undefined,
    summary: event.summary,
    description: rich(event.description),
    programme: event.programme.map((item) => ({ item })),
    practicalInfo: rich(event.practicalInfo),
    contacts: refs(ids.staff, 'membre de l’équipe', event.contacts),
    externalContacts: event.externalContacts,
    coOrganisers: event.coOrganisers,
    registrationUrl: event.registrationUrl,
    signedBy: refs(ids.staff, 'membre de l’équipe', event.signedBy),
    signaturePhone: event.signaturePhone,
    status: event.status,
    isPublished: event.isPublished,
  })

  for (const file of files) {
    for (const person of file.staff) {
      const doc = await create(`le membre de l’équipe ${person.name}`, {
        collection: slugs.staff,
        data: {
          name: person.name,
          jobTitle: person.jobTitle,
          email: person.email,
          phones: person.phones.map((number) => ({ number })),
        },
      })
      ids.staff.set(person.key, doc.id)
    }
    for (const rubric of file.rubrics) {
      const doc = await create(`la rubrique ${rubric.label}`, {
        collection: slugs.rubrics,
        data: { label: rubric.label, order: rubric.order },
      })
      ids.rubrics.set(rubric.key, doc.id)
    }
    for (const venue of file.venues) {
      const { key, ...data } = venue
      const doc = await create(`le lieu ${venue.name}`, { collection: slugs.venues, data })
      ids.venues.set(key, doc.id)
    }
    for (const group of file.workingGroups) {
      const { key, ...data } = group
      const doc = await create(`le groupe ${group.name}`, { collection: slugs.workingGroups, data })
      ids.workingGroups.set(key, doc.id)
    }
    for (const article of file.articles) {
      const doc = await create(`l’article « ${article.title} »`, {
        collection: slugs.articles,
        data: {
          rubric: ref(ids.rubrics, 'rubrique', article.rubric),
          title: article.title,
          body: markdownToLexical(article.body),
          signedBy: refs(ids.staff, 'membre de l’équipe', article.signedBy),
          signaturePhone: article.signaturePhone,
          status: article.status,
        },
      })
      ids.articles.set(article.key, doc.id)
    }
    for (const event of file.agendaItems as AgendaItemSeedData[]) {
      const doc = await create(`l’événement « ${event.title} »`, {
        collection: slugs.agendaItems,
        data: { ...eventData(event), kind: event.kind },
      })
      ids.agendaItems.set(event.key, doc.id)
    }
    for (const conference of file.conferences as ConferenceSeedData[]) {
      const doc = await create(`la conférence « ${conference.title} »`, {
        collection: slugs.conferences,
        data: {
          ...eventData(conference),
          speakers: conference.speakers,
          sessions: conference.sessions.map((session) => ({
            title: session.title,
            startsAt: date(session.startsAt),
            startsAt_tz: tz,
            endsAt: optionalDate(session.endsAt),
            endsAt_tz: tz,
            venue: session.venue ? ref(ids.venues, 'lieu', session.venue) : undefined,
          })),
        },
      })
      ids.conferences.set(conference.key, doc.id)
    }
    for (const meeting of file.meetings) {
      await create(
        `la réunion « ${labelOf(MEETING_KINDS, meeting.kind)} » du ${meeting.startsAt}`,
        {
          collection: slugs.meetings,
          data: {
            kind: meeting.kind,
            workingGroup: meeting.workingGroup
              ? ref(ids.workingGroups, 'groupe de travail', meeting.workingGroup)
              : undefined,
            startsAt: date(meeting.startsAt),
            startsAt_tz: tz,
            endsAt: optionalDate(meeting.endsAt),
            endsAt_tz: tz,
            venue: meeting.venue ? ref(ids.venues, 'lieu', meeting.venue) : undefined,
            venueLabel: meeting.venueLabel,
            status: meeting.status,
          },
        },
      )
    }
    for (const issue of file.issues) {
      const month = issue.month === 'next' ? nextMonthOf(today) : issue.month
      const created = await create(`le numéro ${month}`, {
        collection: slugs.issues,
        data: {
          number: issue.number,
          month,
          subject: issue.subject ?? issueSubjectFor(month),
          preheader: issue.preheader,
          editors: refs(ids.staff, 'membre de l’équipe', issue.editors),
          articles: refs(ids.articles, 'article', issue.articles),
          agendaItems: refs(ids.agendaItems, 'événement', issue.agendaItems),
          conferences: refs(ids.conferences, 'conférence', issue.conferences),
          meetingsFrom: optionalDate(issue.meetingsFrom),
          meetingsFrom_tz: tz,
          meetingsUntil: optionalDate(issue.meetingsUntil),
          meetingsUntil_tz: tz,
          footer: issue.footer,
          // A sent issue goes the way a real send takes it: « sending », frozen, then « sent ».
          status: issue.status === 'sent' ? 'sending' : issue.status,
        },
      })
      if (issue.status === 'sent') {
        const sentAt = optionalDate(issue.sentAt)
        // The archive reads only editions: the demo's sent issue gets the one its send would freeze.
        const edition = await freezeEdition({
          payload,
          issue: created as unknown as Issue,
          now: sentAt ? new Date(sentAt) : today,
        })
        onRollback(() =>
          payload.delete({ collection: slugs.editions, id: edition.id, overrideAccess: true }),
        )
        counts[slugs.editions] = (counts[slugs.editions] ?? 0) + 1
        await payload.update({
          collection: slugs.issues,
          id: created.id,
          data: { status: 'sent', sentAt, sentAt_tz: tz },
          req,
          overrideAccess: true,
          depth: 0,
        })
      }
    }
  }
  log(
    `Démo chargée : ${Object.entries(counts)
      .map(([collection, count]) => `${count} ${collection}`)
      .join(', ')}`,
  )
  return counts
}
