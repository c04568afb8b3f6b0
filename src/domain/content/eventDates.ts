/**
 * Checks the dates of an event or meeting. Returns a French message for the editor, or null.
 * An all-day event's end is its last day (inclusive), so it may equal the start.
 *
 * @example checkEventDates({ startsAt: '2020-02-21T10:00:00Z', endsAt: '2020-02-21T09:00:00Z' })
 * // 'La fin doit être postérieure au début.'
 */
export function checkEventDates({
  startsAt,
  endsAt,
  isAllDay = false,
}: {
  startsAt: string | null | undefined
  endsAt: string | null | undefined
  isAllDay?: boolean | null
}): string | null {
  if (!startsAt) return 'Indiquez la date de début.'
  const start = Date.parse(startsAt)
  if (Number.isNaN(start)) return `Date de début illisible : « ${startsAt} ».`
  if (!endsAt) return null
  const end = Date.parse(endsAt)
  if (Number.isNaN(end)) return `Date de fin illisible : « ${endsAt} ».`
  if (isAllDay ? end < start : end <= start) {
    return isAllDay
      ? 'Le dernier jour doit être le même jour que le début ou plus tard.'
      : 'La fin doit être postérieure au début.'
  }
  return null
}
