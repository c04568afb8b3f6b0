import { DateTime } from 'luxon'

import { BRUSSELS, formatHour, formatLongDate } from '../dates/brussels'
import type { EventDescription } from './calendarEvent'

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/**
 * When an event takes place, in words and Brussels time, from the calendar model (so the page
 * says what the subscribed calendar will show).
 *
 * @example eventWhen({ start: '2026-12-11T10:00:00.000+01:00', end: '2026-12-11T11:30:00.000+01:00', isAllDay: false })
 * // 'Vendredi 11 décembre 2026, de 10h à 11h30'
 */
export function eventWhen(event: Pick<EventDescription, 'start' | 'end' | 'isAllDay'>): string {
  if (event.isAllDay) {
    const first = DateTime.fromISO(event.start, { zone: BRUSSELS })
    // The model's all-day end is exclusive: the last day is the day before.
    const last = DateTime.fromISO(event.end, { zone: BRUSSELS }).minus({ days: 1 })
    const firstText = formatLongDate(first.toISO() as string)
    if (last <= first) return `${firstText}, toute la journée`
    return `Du ${lower(firstText)} au ${lower(formatLongDate(last.toISO() as string))}`
  }
  const start = DateTime.fromISO(event.start, { setZone: true }).setZone(BRUSSELS)
  const end = DateTime.fromISO(event.end, { setZone: true }).setZone(BRUSSELS)
  const startIso = start.toISO() as string
  const endIso = end.toISO() as string
  if (start.hasSame(end, 'day')) {
    return `${formatLongDate(startIso)}, de ${formatHour(startIso)} à ${formatHour(endIso)}`
  }
  return `Du ${lower(formatLongDate(startIso))} à ${formatHour(startIso)} au ${lower(formatLongDate(endIso))} à ${formatHour(endIso)}`
}
