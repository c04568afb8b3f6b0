/** How long after its scheduled time an issue may still go out on its own: beyond, a person confirms. */
export const LATE_SEND_GRACE_MS = 2 * 60 * 60 * 1000

/**
 * Whether a scheduled issue is too late to be sent by the scheduler: its time passed more than
 * `graceMs` ago (the server was down). Such an issue waits in « À confirmer » on the dashboard
 * instead of reaching subscribers hours or days late without anyone deciding it.
 * An issue with no (or an unreadable) scheduled time is never late.
 *
 * @example isLateSend({ scheduledAt: '2026-11-30T08:00:00.000Z', now: new Date('2026-11-30T10:30:00.000Z'), graceMs: LATE_SEND_GRACE_MS }) // true
 */
export function isLateSend({
  scheduledAt,
  now,
  graceMs = LATE_SEND_GRACE_MS,
}: {
  scheduledAt: string | Date | null | undefined
  now: Date
  graceMs?: number
}): boolean {
  if (!scheduledAt) return false
  const at = scheduledAt instanceof Date ? scheduledAt.getTime() : Date.parse(scheduledAt)
  if (Number.isNaN(at)) return false
  return now.getTime() - at > graceMs
}
