import { DateTime } from 'luxon'

/** Every date of the federation is Brussels wall-clock time. */
export const BRUSSELS = 'Europe/Brussels' as const

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/

/**
 * Reads a Brussels wall-clock date ("2020-02-21") or date-time ("2020-01-31T10:00")
 * and returns the UTC instant as an ISO string, the way Payload stores dates.
 * All-day dates are stored as Brussels midnight.
 *
 * @example brusselsLocalToIso('2020-01-31T10:00') // '2020-01-31T09:00:00.000Z'
 */
export function brusselsLocalToIso(local: string): string {
  const match = LOCAL_PATTERN.exec(local.trim())
  if (!match)
    throw new Error(`Date locale invalide : « ${local} » (attendu AAAA-MM-JJ ou AAAA-MM-JJTHH:MM)`)
  const [, year, month, day, hour = '00', minute = '00'] = match
  const value = DateTime.fromObject(
    {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      hour: Number(hour),
      minute: Number(minute),
    },
    { zone: BRUSSELS },
  )
  if (!value.isValid)
    throw new Error(
      `Date locale invalide : « ${local} » (${value.invalidExplanation ?? 'inconnue'})`,
    )
  return value.toUTC().toISO() as string
}

const RELATIVE_PATTERN = /^\+(\d{1,4})d(?:\s+(\d{2}):(\d{2}))?$/

/**
 * Resolves a seed date that is either absolute ("2020-02-21", "2020-01-31T10:00") or relative to
 * `today` in Brussels ("+12d 09:30", "+3d"). Returns the UTC ISO instant.
 *
 * @example resolveSeedDate({ value: '+1d 09:30', today: new Date('2026-11-23T12:00:00Z') })
 * // '2026-11-24T08:30:00.000Z'
 */
export function resolveSeedDate({ value, today }: { value: string; today: Date }): string {
  const relative = RELATIVE_PATTERN.exec(value.trim())
  if (!relative) return brusselsLocalToIso(value)
  const [, days, hour = '00', minute = '00'] = relative
  // Luxon would roll 25:00 over into the next day: an impossible hour is an error in the seed file.
  if (Number(hour) > 23 || Number(minute) > 59) {
    throw new Error(`Heure invalide dans la date relative « ${value} »`)
  }
  const day = DateTime.fromJSDate(today, { zone: BRUSSELS })
    .startOf('day')
    .plus({ days: Number(days) })
    .set({ hour: Number(hour), minute: Number(minute) })
  return day.toUTC().toISO() as string
}

/** "YYYY-MM" of `today`'s month in Brussels (1 March 00:30 there is still February in UTC). */
export function monthOf(today: Date): string {
  return DateTime.fromJSDate(today, { zone: BRUSSELS }).toFormat('yyyy-MM')
}

/** "YYYY-MM" of the month after `today`'s month in Brussels. */
export function nextMonthOf(today: Date): string {
  return DateTime.fromJSDate(today, { zone: BRUSSELS }).plus({ months: 1 }).toFormat('yyyy-MM')
}

function inBrussels(iso: string): DateTime {
  const value = DateTime.fromISO(iso, { zone: 'utc' }).setZone(BRUSSELS)
  if (!value.isValid) throw new Error(`Date ISO invalide : « ${iso} »`)
  return value
}

/** "21/02" */
export function formatDayMonth(iso: string): string {
  return inBrussels(iso).toFormat('dd/MM')
}

/** "31/01/2020" */
export function formatShortDate(iso: string): string {
  return inBrussels(iso).toFormat('dd/MM/yyyy')
}

/**
 * "30/11/2026 20:18": a moment in the admin's own date format (its date fields read the same),
 * in Brussels time whatever the browser's zone.
 *
 * @example formatAdminDateTime('2026-11-30T19:18:00.000Z') // '30/11/2026 20:18'
 */
export function formatAdminDateTime(iso: string): string {
  return inBrussels(iso).toFormat('dd/MM/yyyy HH:mm')
}

/** French hour as the newsletter prints it: "10h", "8h30", "13h30". */
export function formatHour(iso: string): string {
  const value = inBrussels(iso)
  return value.minute === 0 ? `${value.hour}h` : `${value.hour}h${value.toFormat('mm')}`
}

/** "Vendredi 21 février 2020" */
export function formatLongDate(iso: string): string {
  const text = new Intl.DateTimeFormat('fr-BE', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: BRUSSELS,
  }).format(new Date(iso))
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** One formatter per style: building an Intl.DateTimeFormat costs far more than using it. */
const ADMIN_FORMATS = {
  longDateTime: new Intl.DateTimeFormat('fr-BE', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: BRUSSELS,
  }),
  shortDayTime: new Intl.DateTimeFormat('fr-BE', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: BRUSSELS,
  }),
  shortDay: new Intl.DateTimeFormat('fr-BE', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: BRUSSELS,
  }),
}

/**
 * A moment as the admin prints it in a sentence, in Brussels time.
 *
 * @example formatLongDateTime('2026-11-23T09:00:00.000Z') // '23 novembre 2026 à 10:00'
 */
export function formatLongDateTime(iso: string): string {
  return ADMIN_FORMATS.longDateTime.format(new Date(iso))
}

/**
 * A moment in an admin list, in Brussels time.
 *
 * @example formatShortDayTime('2026-11-23T09:00:00.000Z') // 'lun. 23 nov., 10:00'
 */
export function formatShortDayTime(iso: string): string {
  return ADMIN_FORMATS.shortDayTime.format(new Date(iso))
}

/**
 * A day in an admin list (all-day events), in Brussels time.
 *
 * @example formatShortDay('2026-11-22T23:00:00.000Z') // 'lun. 23 nov.'
 */
export function formatShortDay(iso: string): string {
  return ADMIN_FORMATS.shortDay.format(new Date(iso))
}
