import type { Payload, Where } from 'payload'

import type { PublicEventCollection } from '@/domain/content/eventUrls'
import type { AgendaEntryInput, AgendaFilter } from '@/domain/site/agenda'
import { filterScope, mergeByDate, PAST_PAGE_SIZE } from '@/domain/site/agenda'
import type { EventFeedEntry } from '@/domain/site/atomFeeds'
import { startOfBrusselsDay } from '@/domain/site/eventDates'
import { readEnv } from '@/config/env'
import type { EventPageView, SiteEventInput } from '@/domain/site/eventPage'
import { toEventPageView } from '@/domain/site/eventPage'
import type { AgendaItem, Conference, Venue } from '@/payload-types'
import { eventInput } from '../newsletter/loadIssueSource'

/** Slugs are what toSlug writes (a-z, 0-9, dashes); anything else cannot name an event. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

type EventDoc = AgendaItem | Conference

const venueOf = (value: unknown): Venue | null =>
  value && typeof value === 'object' ? (value as Venue) : null

function entryInput(doc: EventDoc, collection: PublicEventCollection): AgendaEntryInput {
  const venue = venueOf(doc.venue)
  return {
    id: doc.id,
    collection,
    slug: doc.slug ?? String(doc.id),
    title: doc.title,
    kind: collection === 'agenda-items' ? ((doc as AgendaItem).kind ?? null) : null,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    isAllDay: doc.isAllDay,
    status: doc.status,
    summary: doc.summary,
    venue: venue
      ? {
          name: venue.name,
          street: venue.street,
          postcode: venue.postcode,
          city: venue.city,
          isOnline: venue.isOnline,
          url: venue.url,
          mapUrl: venue.mapUrl,
        }
      : null,
  }
}

/** Agenda items of a kind; « Autre » also takes items saved before kinds existed. */
function kindWhere(agendaKind: string | null): Where[] {
  if (!agendaKind) return []
  if (agendaKind === 'other')
    return [{ or: [{ kind: { equals: 'other' } }, { kind: { exists: false } }] }]
  return [{ kind: { equals: agendaKind } }]
}

/**
 * Reads events as an anonymous visitor (overrideAccess: false, no user): the collections' own
 * access rules decide what is public (published only), not a filter repeated here. Events
 * without a slug have no page yet and are left out.
 */
async function findPublic({
  payload,
  collection,
  where,
  sort,
  limit,
}: {
  payload: Payload
  collection: PublicEventCollection
  where: Where[]
  sort: string
  limit: number
}): Promise<{ docs: AgendaEntryInput[]; totalDocs: number }> {
  const result = await payload.find({
    collection,
    where: { and: [...where, { slug: { exists: true } }] },
    sort,
    limit,
    depth: 1,
    overrideAccess: false,
  })
  return {
    docs: (result.docs as EventDoc[]).map((doc) => entryInput(doc, collection)),
    totalDocs: result.totalDocs,
  }
}

/**
 * The next public events (today's included), soonest first, agenda items and conferences
 * together, optionally of one kind.
 */
export async function upcomingEvents({
  payload,
  now,
  kind = null,
  limit = 100,
}: {
  payload: Payload
  now: Date
  kind?: AgendaFilter | null
  limit?: number
}): Promise<AgendaEntryInput[]> {
  const dayStart = startOfBrusselsDay(now).toISOString()
  const scope = filterScope(kind)
  const lists = await Promise.all(
    scope.collections.map(
      async (collection) =>
        (
          await findPublic({
            payload,
            collection,
            where: [
              {
                or: [
                  { startsAt: { greater_than_equal: dayStart } },
                  { endsAt: { greater_than_equal: dayStart } },
                ],
              },
              ...(collection === 'agenda-items' ? kindWhere(scope.agendaKind) : []),
            ],
            sort: 'startsAt',
            limit,
          })
        ).docs,
    ),
  )
  return mergeByDate({ lists, isNewestFirst: false }).slice(0, limit)
}

/** One page of past public events, newest first, and how many pages there are. */
export async function pastEvents({
  payload,
  now,
  kind = null,
  page,
  size = PAST_PAGE_SIZE,
}: {
  payload: Payload
  now: Date
  kind?: AgendaFilter | null
  page: number
  size?: number
}): Promise<{ events: AgendaEntryInput[]; totalPages: number }> {
  const dayStart = startOfBrusselsDay(now).toISOString()
  const scope = filterScope(kind)
  const results = await Promise.all(
    scope.collections.map((collection) =>
      findPublic({
        payload,
        collection,
        where: [
          { startsAt: { less_than: dayStart } },
          { or: [{ endsAt: { exists: false } }, { endsAt: { less_than: dayStart } }] },
          ...(collection === 'agenda-items' ? kindWhere(scope.agendaKind) : []),
        ],
        sort: '-startsAt',
        // Each collection's first page × size events hold the merged page's events.
        limit: page * size,
      }),
    ),
  )
  const total = results.reduce((sum, result) => sum + result.totalDocs, 0)
  return {
    events: mergeByDate({
      lists: results.map((result) => result.docs),
      isNewestFirst: true,
      page,
      size,
    }),
    totalPages: Math.max(1, Math.ceil(total / size)),
  }
}

/**
 * The event a page address names, or null when there is none or a visitor may not see it
 * (unpublished). Visibility is decided by an anonymous read; the event is then read whole,
 * with its UNIPSO contacts (staff are not public as a collection: only the name, job title,
 * address and numbers the event page prints are kept).
 */
export async function publicEventBySlug({
  payload,
  collection,
  slug,
}: {
  payload: Payload
  collection: PublicEventCollection
  slug: string
}): Promise<SiteEventInput | null> {
  if (!SLUG_PATTERN.test(slug) || slug.length > 200) return null
  const visible = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    select: {},
  })
  const id = visible.docs[0]?.id
  if (id === undefined) return null
  const doc = (await payload.findByID({
    collection,
    id,
    depth: 1,
    overrideAccess: true,
  })) as EventDoc
  return {
    ...eventInput(doc, collection),
    slug,
    kind: collection === 'agenda-items' ? ((doc as AgendaItem).kind ?? null) : null,
  }
}

/** Public events for /agenda/feed.xml: the most recently announced first. */
export async function recentlyAnnouncedEvents({
  payload,
  limit = 50,
}: {
  payload: Payload
  limit?: number
}): Promise<EventFeedEntry[]> {
  const lists = await Promise.all(
    (['agenda-items', 'conferences'] as const).map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        where: { slug: { exists: true } },
        sort: '-createdAt',
        limit,
        depth: 1,
        overrideAccess: false,
      })
      return (docs as EventDoc[]).map((doc) => ({
        ...entryInput(doc, collection),
        createdAt: doc.createdAt,
        updatedAt: doc.updatedAt,
      }))
    }),
  )
  return lists
    .flat()
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
    .slice(0, limit)
}

/** Every public event's page, for the sitemap. */
export async function publicEventPages(
  payload: Payload,
): Promise<Array<{ collection: PublicEventCollection; slug: string; updatedAt: string }>> {
  const lists = await Promise.all(
    (['agenda-items', 'conferences'] as const).map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        where: { slug: { exists: true } },
        sort: '-startsAt',
        pagination: false,
        depth: 0,
        overrideAccess: false,
        select: { slug: true, updatedAt: true },
      })
      return docs
        .filter((doc) => doc.slug)
        .map((doc) => ({ collection, slug: doc.slug as string, updatedAt: doc.updatedAt }))
    }),
  )
  return lists.flat()
}

/** The page of a public event, or null (unknown, unpublished): the route answers the French 404. */
export async function eventPageView({
  payload,
  collection,
  slug,
  now = new Date(),
}: {
  payload: Payload
  collection: PublicEventCollection
  slug: string
  now?: Date
}): Promise<EventPageView | null> {
  const event = await publicEventBySlug({ payload, collection, slug })
  return event ? toEventPageView({ event, baseUrl: readEnv().serverUrl, now }) : null
}
