import { DateTime } from 'luxon'

import { BRUSSELS } from '../dates/brussels'

/** The first moment of `now`'s day in Brussels: an event of today still counts as upcoming. */
export function startOfBrusselsDay(now: Date): Date {
  return DateTime.fromJSDate(now, { zone: BRUSSELS }).startOf('day').toJSDate()
}

/**
 * schema.org dates: the instant with the Brussels offset ("2026-12-11T10:00:00+01:00"), or the
 * day alone for an all-day event ("2026-12-23").
 *
 * @example schemaDate({ iso: '2026-07-01T08:00:00.000Z', isAllDay: false }) // '2026-07-01T10:00:00+02:00'
 */
export function schemaDate({ iso, isAllDay }: { iso: string; isAllDay: boolean }): string {
  const value = DateTime.fromISO(iso, { zone: 'utc' }).setZone(BRUSSELS)
  return isAllDay
    ? (value.toISODate() as string)
    : (value.toISO({ suppressMilliseconds: true }) as string)
}

/** Whether the event is over: past its end (all-day: its exclusive end, Brussels midnight). */
export function hasEnded({
  event,
  now,
}: {
  event: { end: string; isAllDay: boolean }
  now: Date
}): boolean {
  const end = event.isAllDay
    ? DateTime.fromISO(event.end, { zone: BRUSSELS }).toMillis()
    : Date.parse(event.end)
  return end <= now.getTime()
}
