import { DateTime } from 'luxon'

import { BRUSSELS } from '../dates/brussels'
import type { CalendarEvent } from './calendarEvent'

/** How long a cancelled event stays in subscribed feeds after it would have ended. */
export const CANCELLED_RETENTION_DAYS = 30

const DAY_MS = 24 * 60 * 60 * 1000

/** The instant an event ends: an all-day event's exclusive end is Brussels midnight. */
export function endInstant(event: Pick<CalendarEvent, 'end' | 'isAllDay'>): number {
  return event.isAllDay
    ? DateTime.fromISO(event.end, { zone: BRUSSELS }).toMillis()
    : DateTime.fromISO(event.end, { setZone: true }).toMillis()
}

/**
 * Whether an event still belongs in subscribed feeds. A cancelled event stays, marked
 * STATUS:CANCELLED, so that calendars which already hold it strike it out; 30 days after its end
 * nobody needs the notice any more and it leaves. Other events follow the feed's window.
 *
 * @example isStillInFeeds({ event: { status: 'cancelled', isAllDay: true, end: '2020-02-22' }, now: new Date('2020-03-24T00:00:00Z') }) // false
 */
export function isStillInFeeds({
  event,
  now,
}: {
  event: Pick<CalendarEvent, 'status' | 'end' | 'isAllDay'>
  now: Date
}): boolean {
  if (event.status !== 'cancelled') return true
  return now.getTime() < endInstant(event) + CANCELLED_RETENTION_DAYS * DAY_MS
}
