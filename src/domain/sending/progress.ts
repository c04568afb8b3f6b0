import { DELIVERY_STATUSES } from './statuses'

export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]['value']
export type DeliveryCounts = Record<DeliveryStatus, number>

export type SendProgressView = DeliveryCounts & {
  total: number
  /** Handed to the provider or refused by it: everything but the queue. */
  processed: number
  percent: number
  /** Mails processed per second since the send started (null before it has started). */
  mailsPerSecond: number | null
  /** Seconds until the queue is empty at the current pace (null when unknown or finished). */
  etaSeconds: number | null
  isFinished: boolean
}

/** Every delivery of a send, whatever its status. */
export const countTotal = (counts: DeliveryCounts): number =>
  Object.values(counts).reduce((sum, value) => sum + value, 0)

export const emptyCounts = (): DeliveryCounts =>
  Object.fromEntries(DELIVERY_STATUSES.map(({ value }) => [value, 0])) as DeliveryCounts

/**
 * What the send's admin view shows: counts per delivery status, the pace since the start and the
 * estimated end. Pure: the caller gives the counts and the clock.
 */
export function sendProgressView({
  counts,
  startedAt,
  finishedAt,
  now,
}: {
  counts: Partial<DeliveryCounts>
  startedAt?: string | null
  finishedAt?: string | null
  now: Date
}): SendProgressView {
  const full = { ...emptyCounts(), ...counts }
  const total = countTotal(full)
  const processed = total - full.queued
  const end = finishedAt ? Date.parse(finishedAt) : now.getTime()
  const seconds = startedAt ? (end - Date.parse(startedAt)) / 1000 : 0
  const mailsPerSecond = seconds > 0 ? processed / seconds : null
  const isFinished = Boolean(finishedAt) || (total > 0 && full.queued === 0)
  const etaSeconds =
    !isFinished && mailsPerSecond && mailsPerSecond > 0
      ? Math.ceil(full.queued / mailsPerSecond)
      : null
  return {
    ...full,
    total,
    processed,
    percent: total > 0 ? Math.floor((processed / total) * 100) : 0,
    mailsPerSecond,
    etaSeconds,
    isFinished,
  }
}
