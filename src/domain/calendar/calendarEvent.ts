import { DateTime } from 'luxon'

import { toPlainTitle } from '../content/inlineItalics'
import { lexicalToPlainText } from '../content/markdownToLexical'
import type { MeetingKind } from '../content/options'
import { GOVERNANCE_KINDS, MEETING_KINDS } from '../content/options'
import { BRUSSELS } from '../dates/brussels'
import type { PublicEventCollection } from '../content/eventUrls'
import { eventPagePath } from '../content/eventUrls'
import type { VenueInput } from '../newsletter/types'
import { endInstant, isStillInFeeds } from './feedRetention'

/**
 * One event as every calendar output describes it (feeds, the single-event .ics, the newsletter's
 * « Ajouter à mon agenda » links, /calendriers): the same UID, title, times, place, text and page.
 * Plain data.
 */
export type CalendarEvent = {
  uid: string
  title: string
  /** Timed: ISO instant with the Brussels offset. All-day: the first day, "2020-02-21". */
  start: string
  /** Timed: ISO instant with the Brussels offset. All-day: the day after the last (exclusive end). */
  end: string
  isAllDay: boolean
  status: 'confirmed' | 'cancelled' | 'postponed'
  sequence: number
  updatedAt: string
  description: string
  location: string
  /** The event's page on the site. */
  url: string
  categories: string[]
  /** Where the event comes from, for links to its own .ics file. */
  ref: { collection: PublicEventCollection | 'meetings'; id: number | string }
}

/** What an event says of itself, without the revision data (SEQUENCE, DTSTAMP) only files carry. */
export type EventDescription = Omit<CalendarEvent, 'sequence' | 'updatedAt'>

/** A venue as stored, the same shape the newsletter reads. */
type VenueLike = VenueInput | null
export type PublicEventDoc = {
  id: number | string
  title: string
  /** Gives the event's page; without one (not saved since slugs came) /calendriers lists it. */
  slug?: string | null
  startsAt: string
  endsAt?: string | null
  isAllDay?: boolean | null
  status?: string | null
  sequence?: number | null
  updatedAt?: string | null
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

/** The host of the site's address, which every UID ends with. */
export const uidDomain = (baseUrl: string) => new URL(baseUrl).hostname

/** Longest text a calendar entry carries when an event has no summary: the page has the rest. */
const EXCERPT_LENGTH = 300

function excerpt(text: string): string {
  const clean = text.trim()
  if (clean.length <= EXCERPT_LENGTH) return clean
  const cut = clean.slice(0, EXCERPT_LENGTH)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_LENGTH / 2)).trimEnd()}…`
}

/**
 * What an agenda item or conference says of itself in any calendar: title (ANNULÉ/REPORTÉ
 * prefixed), Brussels times, one location wording, the summary (else the start of the
 * description) followed by the page's address. The UID comes from the collection, the database id
 * and the site's host, never chance, so every output names the same appointment.
 *
 * @example describePublicEvent({ doc, collection: 'agenda-items', baseUrl: 'https://x.be' }).uid // 'agenda-items-1@x.be'
 */
export function describePublicEvent({
  doc,
  collection,
  baseUrl,
}: {
  doc: PublicEventDoc
  collection: PublicEventCollection
  baseUrl: string
}): EventDescription {
  const status = statusOf(doc.status)
  const isAllDay = Boolean(doc.isAllDay)
  const url = doc.slug
    ? `${baseUrl}${eventPagePath({ collection, slug: doc.slug })}`
    : `${baseUrl}/calendriers#${collection}-${doc.id}`
  const text = doc.summary?.trim() || excerpt(lexicalToPlainText(doc.description as never))
  return {
    uid: `${collection}-${doc.id}@${uidDomain(baseUrl)}`,
    title: `${STATUS_PREFIX[status] ?? ''}${toPlainTitle(doc.title)}`,
    ...range({ startsAt: doc.startsAt, endsAt: doc.endsAt, isAllDay, defaultHours: 1 }),
    isAllDay,
    status,
    description: [text, url].filter(Boolean).join('\n\n'),
    location: locationOf(doc.venue),
    url,
    categories: [collection === 'conferences' ? 'Conférence' : 'Agenda UNIPSO'],
    ref: { collection, id: doc.id },
  }
}

/**
 * An agenda item or conference as a calendar file's event: its description plus SEQUENCE and
 * the update time (DTSTAMP, LAST-MODIFIED).
 */
export function publicEventToCalendar({
  doc,
  collection,
  baseUrl,
}: {
  doc: PublicEventDoc & { updatedAt: string }
  collection: PublicEventCollection
  baseUrl: string
}): CalendarEvent {
  return {
    ...describePublicEvent({ doc, collection, baseUrl }),
    sequence: doc.sequence ?? 0,
    updatedAt: doc.updatedAt,
  }
}

/** A governance or working-group meeting, for members' personal feeds only. */
export function meetingToCalendar({
  doc,
  baseUrl,
}: {
  doc: MeetingDoc
  baseUrl: string
}): CalendarEvent {
  const status = statusOf(doc.status)
  const body =
    doc.kind === 'gt'
      ? doc.workingGroupName || 'Groupe de travail'
      : (MEETING_KINDS.find((kind) => kind.value === doc.kind)?.label ?? doc.kind)
  const isGovernance = GOVERNANCE_KINDS.includes(doc.kind)
  return {
    uid: `meetings-${doc.id}@${uidDomain(baseUrl)}`,
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
 * bound, and recent history stays visible. A cancelled event leaves once `isStillInFeeds` says so.
 */
export function feedWindow<E extends Pick<CalendarEvent, 'start' | 'end' | 'isAllDay' | 'status'>>({
  events,
  now,
  pastLimit,
}: {
  events: E[]
  now: Date
  pastLimit: number
}): E[] {
  const kept = events.filter((event) => isStillInFeeds({ event, now }))
  const isPast = (event: E) => endInstant(event) < now.getTime()
  const past = kept
    .filter(isPast)
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start))
    .slice(0, pastLimit)
  const future = kept.filter((event) => !isPast(event))
  return [...past, ...future].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
}
