import { DateTime } from 'luxon'

import { toPlainTitle } from '../content/inlineItalics'
import { lexicalToPlainText } from '../content/markdownToLexical'
import type { MeetingKind } from '../content/options'
import { GOVERNANCE_KINDS, MEETING_KINDS } from '../content/options'
import { BRUSSELS } from '../dates/brussels'
import type { VenueInput } from '../newsletter/types'

/** One event as a calendar sees it, built from any of our collections. Plain data. */
export type CalendarEvent = {
  uid: string
  title: string
  start: string
  end: string
  isAllDay: boolean
  status: 'confirmed' | 'cancelled' | 'postponed'
  sequence: number
  updatedAt: string
  description: string
  location: string
  url: string
  categories: string[]
  /** Where the event comes from, for links to its own .ics file. */
  ref: { collection: 'agenda-items' | 'conferences' | 'meetings'; id: number | string }
}

/** A venue as stored, the same shape the newsletter reads. */
type VenueLike = VenueInput | null
export type PublicEventDoc = {
  id: number | string
  title: string
  startsAt: string
  endsAt?: string | null
  isAllDay?: boolean | null
  status?: string | null
  sequence?: number | null
  updatedAt: string
  summary?: string | null
  description?: unknown
  venue?: VenueLike
}
export type MeetingDoc = {
  id: number | string
  kind: MeetingKind
  startsAt: string
  endsAt?: string | null
  status?: string | null
  sequence?: number | null
  updatedAt: string
  workingGroupName?: string | null
  venue?: VenueLike
}

const STATUS_PREFIX: Record<string, string> = { cancelled: 'ANNULÉ – ', postponed: 'REPORTÉ – ' }
/** Meetings are entered with a start only; calendars need an end. */
export const DEFAULT_MEETING_HOURS = 2

function statusOf(value: string | null | undefined): CalendarEvent['status'] {
  return value === 'cancelled' || value === 'postponed' ? value : 'confirmed'
}

/** "Centre L'Ilon, Rue des Tanneries 1, 5000 Namur"; an online venue gives its name and link. */
export function locationOf(venue: VenueLike | undefined): string {
  if (!venue) return ''
  if (venue.isOnline) return [venue.name, venue.url].filter(Boolean).join(' – ')
  return [venue.name, venue.street, [venue.postcode, venue.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ')
}

/** All-day events end the day after their last day (exclusive end, RFC 5545). */
function range({
  startsAt,
  endsAt,
  isAllDay,
  defaultHours,
}: {
  startsAt: string
  endsAt?: string | null
  isAllDay: boolean
  defaultHours: number
}) {
  const start = DateTime.fromISO(startsAt, { zone: 'utc' }).setZone(BRUSSELS)
  if (isAllDay) {
    const lastDay = endsAt ? DateTime.fromISO(endsAt, { zone: 'utc' }).setZone(BRUSSELS) : start
    return {
      start: start.toISODate() as string,
      end: lastDay.plus({ days: 1 }).toISODate() as string,
    }
  }
  const end = endsAt
    ? DateTime.fromISO(endsAt, { zone: 'utc' }).setZone(BRUSSELS)
    : start.plus({ hours: defaultHours })
  return { start: start.toISO() as string, end: end.toISO() as string }
}

/**
 * An agenda item or conference as a calendar event. The UID comes from the collection and the
 * database id, never chance, so every fetch describes the same appointment.
 *
 * @example publicEventToCalendar({ doc, collection: 'agenda-items', baseUrl: 'https://x', domain: 'x' }).uid // 'agenda-items-1@x'
 */
export function publicEventToCalendar({
  doc,
  collection,
  baseUrl,
  domain,
}: {
  doc: PublicEventDoc
  collection: 'agenda-items' | 'conferences'
  baseUrl: string
  domain: string
}): CalendarEvent {
  const status = statusOf(doc.status)
  const isAllDay = Boolean(doc.isAllDay)
  const url = `${baseUrl}/calendriers#${collection}-${doc.id}`
  const text = [doc.summary, lexicalToPlainText(doc.description as never)]
    .filter((part) => part && part.trim())
    .join('\n\n')
  return {
    uid: `${collection}-${doc.id}@${domain}`,
    title: `${STATUS_PREFIX[status] ?? ''}${toPlainTitle(doc.title)}`,
    ...range({ startsAt: doc.startsAt, endsAt: doc.endsAt, isAllDay, defaultHours: 1 }),
    isAllDay,
    status,
    sequence: doc.sequence ?? 0,
    updatedAt: doc.updatedAt,
    description: [text, url].filter(Boolean).join('\n\n'),
    location: locationOf(doc.venue),
    url,
    categories: [collection === 'conferences' ? 'Conférence' : 'Agenda UNIPSO'],
    ref: { collection, id: doc.id },
  }
}

/** A governance or working-group meeting, for members' personal feeds only. */
export function meetingToCalendar({
  doc,
  baseUrl,
  domain,
}: {
  doc: MeetingDoc
  baseUrl: string
  domain: string
}): CalendarEvent {
  const status = statusOf(doc.status)
  const body =
    doc.kind === 'gt'
      ? doc.workingGroupName || 'Groupe de travail'
      : (MEETING_KINDS.find((kind) => kind.value === doc.kind)?.label ?? doc.kind)
  const isGovernance = GOVERNANCE_KINDS.includes(doc.kind)
  return {
    uid: `meetings-${doc.id}@${domain}`,
    title: `${STATUS_PREFIX[status] ?? ''}${body} (UNIPSO)`,
    ...range({
      startsAt: doc.startsAt,
      endsAt: doc.endsAt,
      isAllDay: false,
      defaultHours: DEFAULT_MEETING_HOURS,
    }),
    isAllDay: false,
    status,
    sequence: doc.sequence ?? 0,
    updatedAt: doc.updatedAt,
    // Never the meeting's « Remarques internes »: they stay in the admin (see internalFields).
    description: `${baseUrl}/calendriers`,
    location: locationOf(doc.venue),
    url: `${baseUrl}/calendriers`,
    categories: isGovernance ? ['Instances'] : ['Groupes de travail', body],
    ref: { collection: 'meetings', id: doc.id },
  }
}

/**
 * Every future event plus the most recent past ones, up to `pastLimit`: a feed never grows without
 * bound, and recent history stays visible.
 */
export function feedWindow<E extends { start: string; end: string }>({
  events,
  now,
  pastLimit,
}: {
  events: E[]
  now: Date
  pastLimit: number
}): E[] {
  const isPast = (event: E) =>
    Date.parse(event.end.length === 10 ? `${event.end}T00:00:00Z` : event.end) < now.getTime()
  const past = events
    .filter(isPast)
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start))
    .slice(0, pastLimit)
  const future = events.filter((event) => !isPast(event))
  return [...past, ...future].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
}
