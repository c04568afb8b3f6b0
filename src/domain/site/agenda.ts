import { describePublicEvent } from '../calendar/calendarEvent'
import { eventWhen } from '../calendar/eventWhen'
import type { TitleSegment } from '../content/inlineItalics'
import { parseInlineItalics } from '../content/inlineItalics'
import type { PublicEventCollection } from '../content/eventUrls'
import { eventPagePath } from '../content/eventUrls'
import { AGENDA_KINDS, labelOf } from '../content/options'
import type { VenueInput } from '../newsletter/types'

/** The kinds /agenda filters on: the agenda items' kinds, and conferences as a kind of their own. */
export const AGENDA_FILTERS = [
  ...AGENDA_KINDS.map(({ value, label }) => ({ value, label })),
  { value: 'conference', label: 'Conférence' },
] as const satisfies ReadonlyArray<{ value: string; label: string }>
export type AgendaFilter = (typeof AGENDA_FILTERS)[number]['value']

/** « Forum », « Webinaire », … for agenda items; « Conférence » for conferences. */
export function eventKindLabel({
  collection,
  kind,
}: {
  collection: PublicEventCollection
  kind?: string | null
}): string {
  return collection === 'conferences' ? 'Conférence' : labelOf(AGENDA_KINDS, kind ?? 'other')
}

/** Past events per page of /agenda?periode=passes. */
export const PAST_PAGE_SIZE = 20

export type AgendaQuery = { kind: AgendaFilter | null; isPast: boolean; page: number }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * Reads /agenda's query: `type` (a kind of AGENDA_FILTERS), `periode=passes`, `page` (≥ 1, past
 * events only). Unknown values fall back to the defaults (every kind, upcoming, page 1): a typo or
 * an old link still shows the agenda.
 *
 * @example parseAgendaQuery({ type: 'webinar', periode: 'passes', page: '2' }) // { kind: 'webinar', isPast: true, page: 2 }
 */
export function parseAgendaQuery(query: {
  type?: string | string[]
  periode?: string | string[]
  page?: string | string[]
}): AgendaQuery {
  const type = first(query.type)
  const kind = AGENDA_FILTERS.find((filter) => filter.value === type)?.value ?? null
  const isPast = first(query.periode) === 'passes'
  const page = Number(first(query.page))
  return { kind, isPast, page: isPast && Number.isInteger(page) && page >= 1 ? page : 1 }
}

/**
 * The address of an /agenda view; defaults are left out, so each view has one address.
 *
 * @example agendaHref({ kind: 'conference', isPast: false, page: 1 }) // '/agenda?type=conference'
 */
export function agendaHref({ kind, isPast, page }: AgendaQuery): string {
  const params = new URLSearchParams()
  if (kind) params.set('type', kind)
  if (isPast) params.set('periode', 'passes')
  if (isPast && page > 1) params.set('page', String(page))
  const query = params.toString()
  return query ? `/agenda?${query}` : '/agenda'
}

/** Which collections, and which agenda kind, a filter reads. */
export function filterScope(kind: AgendaFilter | null): {
  collections: PublicEventCollection[]
  agendaKind: string | null
} {
  if (kind === 'conference') return { collections: ['conferences'], agendaKind: null }
  if (kind) return { collections: ['agenda-items'], agendaKind: kind }
  return { collections: ['agenda-items', 'conferences'], agendaKind: null }
}

/** An event in a list (home page, /agenda, the Atom feed): enough to choose; the page has the rest. */
export type AgendaEntryInput = {
  id: number | string
  collection: PublicEventCollection
  slug: string
  title: string
  kind?: string | null
  startsAt: string
  endsAt?: string | null
  isAllDay?: boolean | null
  status?: string | null
  summary?: string | null
  venue?: VenueInput | null
}
export type AgendaEntry = {
  key: string
  path: string
  titleSegments: TitleSegment[]
  kindLabel: string
  when: string
  /** The first day, for <time datetime>. */
  day: string
  place: string | null
  statusLabel: string | null
  summary: string | null
}

const STATUS_LABELS: Record<string, string> = { cancelled: 'Annulé', postponed: 'Reporté' }

/** « UNIPSO Namur », « Centre L'Ilon, Namur », « En ligne ». */
function placeOf(venue: VenueInput | null | undefined): string | null {
  if (!venue) return null
  if (venue.isOnline) return 'En ligne'
  const city = venue.city && !venue.name.includes(venue.city) ? venue.city : null
  return [venue.name, city].filter(Boolean).join(', ')
}

/**
 * @example toAgendaEntry({ event: { id: 1, collection: 'agenda-items', slug: 'forum', title: 'Forum', startsAt: '2026-12-11T09:00:00.000Z' }, baseUrl }).path
 * // '/agenda/forum'
 */
export function toAgendaEntry({
  event,
  baseUrl,
}: {
  event: AgendaEntryInput
  baseUrl: string
}): AgendaEntry {
  const model = describePublicEvent({ doc: event, collection: event.collection, baseUrl })
  return {
    key: `${event.collection}-${event.id}`,
    path: eventPagePath({ collection: event.collection, slug: event.slug }),
    titleSegments: parseInlineItalics(event.title),
    kindLabel: eventKindLabel({ collection: event.collection, kind: event.kind }),
    when: eventWhen(model),
    day: model.start.slice(0, 10),
    place: placeOf(event.venue),
    statusLabel: STATUS_LABELS[model.status] ?? null,
    summary: event.summary || null,
  }
}

/**
 * Two collections' lists as one, in date order (past events newest first), cut to one page.
 * Each list must hold its first `page × size` events when it has that many.
 */
export function mergeByDate<E extends { startsAt: string }>({
  lists,
  isNewestFirst,
  page = 1,
  size = Number.POSITIVE_INFINITY,
}: {
  lists: E[][]
  isNewestFirst: boolean
  page?: number
  size?: number
}): E[] {
  const sign = isNewestFirst ? -1 : 1
  const merged = lists
    .flat()
    .sort((a, b) => sign * (Date.parse(a.startsAt) - Date.parse(b.startsAt)))
  return Number.isFinite(size) ? merged.slice((page - 1) * size, page * size) : merged
}
