type Schedulable = {
  startsAt?: string | null
  endsAt?: string | null
  isAllDay?: boolean | null
  venue?: unknown
  status?: string | null
  sequence?: number | null
}

function idOf(value: unknown): unknown {
  return value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
}

/**
 * The iCalendar SEQUENCE after an update: it grows when what a subscribed calendar shows as
 * the appointment (time, place, cancellation) changes, so clients replace their copy.
 *
 * @example nextSequence({ before: { startsAt: 'a', sequence: 0 }, after: { startsAt: 'b' } }) // 1
 */
export function nextSequence({
  before,
  after,
}: {
  before: Schedulable | undefined
  after: Schedulable
}): number {
  const current = before?.sequence ?? 0
  if (!before) return current
  const merged = { ...before, ...after }
  const instant = (value: string | null | undefined) => (value ? Date.parse(value) : null)
  const hasChanged =
    instant(before.startsAt) !== instant(merged.startsAt) ||
    instant(before.endsAt) !== instant(merged.endsAt) ||
    Boolean(before.isAllDay) !== Boolean(merged.isAllDay) ||
    idOf(before.venue) !== idOf(merged.venue) ||
    (before.status ?? null) !== (merged.status ?? null)
  return hasChanged ? current + 1 : current
}
