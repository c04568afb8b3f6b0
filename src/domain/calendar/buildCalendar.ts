import crypto from 'node:crypto'

import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import { DateTime } from 'luxon'

import { BRUSSELS } from '../dates/brussels'
import type { CalendarEvent } from './calendarEvent'

export type CalendarMeta = {
  name: string
  description: string
  organizer?: { name: string; email: string }
}

/** Bumped when the way a feed is written changes, so ETags computed from the inputs change too. */
export const FEED_FORMAT_VERSION = 2
/** How often clients should refresh a subscribed feed (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const FEED_TTL_SECONDS = 3600

/** ical-generator writes the calendar's name and description unescaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n')
}

const STATUS = {
  confirmed: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
  postponed: ICalEventStatus.TENTATIVE,
} as const

/**
 * An iCalendar feed from plain events: Brussels times with a VTIMEZONE, all-day dates with an
 * exclusive end, stable UIDs, DTSTAMP/LAST-MODIFIED from `updatedAt`, SEQUENCE, STATUS, and the
 * final CRLF ical-generator leaves out.
 *
 * @example buildCalendar({ meta: { name: 'Agenda', description: 'UNIPSO' }, events: [] }).endsWith('END:VCALENDAR\r\n') // true
 */
export function buildCalendar({
  meta,
  events,
}: {
  meta: CalendarMeta
  events: CalendarEvent[]
}): string {
  const calendar = ical({
    prodId: { company: 'UNIPSO', product: 'ActUNIPSO Publisher', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
    name: escapeText(meta.name),
    description: escapeText(meta.description),
    ttl: FEED_TTL_SECONDS,
    // A named calendar timezone would write DTSTAMP without "Z": only the generator is given.
    timezone: { name: null, generator: getVtimezoneComponent },
  })
  for (const event of events) {
    const updated = DateTime.fromISO(event.updatedAt, { zone: 'utc' })
    calendar.createEvent({
      id: event.uid,
      ...(event.isAllDay
        ? {
            start: DateTime.fromISO(event.start, { zone: BRUSSELS }),
            end: DateTime.fromISO(event.end, { zone: BRUSSELS }),
            allDay: true,
          }
        : {
            start: DateTime.fromISO(event.start, { setZone: true }).setZone(BRUSSELS),
            end: DateTime.fromISO(event.end, { setZone: true }).setZone(BRUSSELS),
            timezone: BRUSSELS,
          }),
      summary: event.title,
      description: event.description,
      location: event.location || undefined,
      url: event.url,
      categories: event.categories.map((name) => ({ name })),
      status: STATUS[event.status],
      sequence: event.sequence,
      stamp: updated,
      lastModified: updated,
      ...(meta.organizer ? { organizer: meta.organizer } : {}),
    })
  }
  const text = calendar.toString()
  return text.endsWith('\r\n') ? text : `${text}\r\n`
}

/**
 * A strong ETag computed from what the feed is built from (UIDs, update times, sequences, window,
 * and the place, which a venue's edit changes without touching the event), so a conditional
 * request is answered 304 without building the calendar.
 */
export function feedEtag({
  kind,
  events,
  meta,
}: {
  kind: string
  events: Array<
    Pick<CalendarEvent, 'uid' | 'updatedAt' | 'sequence' | 'start' | 'end' | 'location' | 'url'>
  >
  meta: CalendarMeta
}): string {
  const hash = crypto.createHash('sha256')
  hash.update(`${FEED_FORMAT_VERSION}|${kind}|${meta.name}|${meta.description}\n`)
  for (const event of events)
    hash.update(
      `${event.uid}|${event.updatedAt}|${event.sequence}|${event.start}|${event.end}|${event.location}|${event.url}\n`,
    )
  return `"${hash.digest('base64url').slice(0, 32)}"`
}
