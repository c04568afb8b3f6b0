import type { OutgoingEmail, OutgoingMailStatus } from './outgoingEmail'

/**
 * The transactional outbox (confirmation mails, member links): a request only writes a row; a
 * drain sends it. These are its rules as plain data, so the drain itself stays I/O only.
 */

/** A row is given up (status `failed`) after this many attempts. */
export const OUTBOX_MAX_ATTEMPTS = 5

/**
 * Wait before attempt n + 1 after n failed attempts (1 min, 5 min, 30 min, 2 h). They add up to
 * well under the provider's 24 h idempotency window, so a retry of a mail whose first answer was
 * lost is still answered from the provider's record instead of being sent twice.
 */
export const OUTBOX_RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000] as const

/**
 * How long a drain holds a row it is sending: another drain (the scheduler beside a request's
 * background drain) skips it meanwhile, and takes it over if the first drain died.
 */
export const OUTBOX_CLAIM_MS = 2 * 60_000

/** A drain stops waiting for the provider after this; the attempt counts as transient. */
export const OUTBOX_SEND_TIMEOUT_MS = 15_000

/**
 * The provider's idempotency key of a queued mail: every attempt, by any drain, on any instance,
 * carries the same key, so the provider sends it once. The creation time is part of it because
 * SQLite may give a deleted row's id to the next row, and a key seen with another body within
 * 24 h is refused by the provider.
 *
 * @example outgoingMailKey({ id: 42, createdAt: '2026-12-01T10:00:00.000Z' })
 * // 'outgoing-mail/42-1796119200000'
 */
export function outgoingMailKey({
  id,
  createdAt,
}: {
  id: number | string
  createdAt: string
}): string {
  return `outgoing-mail/${id}-${Date.parse(createdAt)}`
}

/** The part of a mail kept in the row's `message` (to and subject have their own columns). */
export type StoredMessage = Pick<OutgoingEmail, 'html' | 'text' | 'headers' | 'tags'>

/** What a queued row holds, from the mail the app built (one recipient per row). */
export function toOutboxRow({ kind, to, subject, html, text, headers, tags }: OutboxMailInput) {
  const message: StoredMessage = {
    html,
    text,
    ...(headers ? { headers } : {}),
    ...(tags ? { tags } : {}),
  }
  return { kind, to, subject, message }
}

export type OutboxMailInput = {
  /** What the mail is for, e.g. 'subscription-confirmation', 'member-link'. */
  kind: string
  to: string
  subject: string
  html: string
  text: string
  headers?: Record<string, string>
  tags?: Array<{ name: string; value: string }>
}

/** The mail a row asks to send, as the mailer takes it. */
export function fromOutboxRow(row: {
  to: string
  subject: string
  message: unknown
}): OutgoingEmail {
  const message = (row.message ?? {}) as Partial<StoredMessage>
  return {
    to: [row.to],
    subject: row.subject,
    html: typeof message.html === 'string' ? message.html : '',
    text: typeof message.text === 'string' ? message.text : '',
    ...(message.headers ? { headers: message.headers } : {}),
    ...(message.tags ? { tags: message.tags } : {}),
  }
}

/**
 * The row's next state after a failed attempt: retried later with backoff when the error may pass
 * (timeouts, 429, 5xx, network), given up at once when the provider refused the mail itself (4xx)
 * or after OUTBOX_MAX_ATTEMPTS.
 *
 * @example afterFailedAttempt({ attempts: 1, isRetryable: true, error: 'timeout', now })
 * // { status: 'queued', availableAt: now + 1 min, lastError: 'timeout' }
 */
export function afterFailedAttempt({
  attempts,
  isRetryable,
  error,
  now,
}: {
  /** Attempts made so far, this one included. */
  attempts: number
  isRetryable: boolean
  error: string
  now: Date
}): { status: OutgoingMailStatus; availableAt: string | null; lastError: string } {
  const lastError = error.slice(0, 1000)
  if (!isRetryable || attempts >= OUTBOX_MAX_ATTEMPTS)
    return { status: 'failed', availableAt: null, lastError }
  const delay =
    OUTBOX_RETRY_DELAYS_MS[Math.min(attempts, OUTBOX_RETRY_DELAYS_MS.length) - 1] ?? 60_000
  return { status: 'queued', availableAt: new Date(now.getTime() + delay).toISOString(), lastError }
}
