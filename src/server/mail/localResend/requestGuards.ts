import crypto from 'node:crypto'

import type { ResendErrorBody } from '@/domain/mail/resendRequest'

type StoredAnswer =
  | { bodyHash: string; status: number; body: unknown; expiresAt: number }
  | { bodyHash: string; isInFlight: true; expiresAt: number }

/** Resend keeps idempotency keys for 24 hours. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000

/**
 * Resend's Idempotency-Key semantics: same key and body → the first answer again and no new mail;
 * same key, other body → 409 invalid_idempotent_request; while the first is still running →
 * 409 concurrent_idempotent_requests.
 */
export class IdempotencyStore {
  private readonly answers = new Map<string, StoredAnswer>()

  begin({
    key,
    body,
    now = Date.now(),
  }: {
    key: string
    body: string
    now?: number
  }):
    | { kind: 'new' }
    | { kind: 'replay'; status: number; body: unknown }
    | { kind: 'error'; error: ResendErrorBody } {
    const bodyHash = crypto.createHash('sha256').update(body).digest('hex')
    const stored = this.answers.get(key)
    if (stored && stored.expiresAt > now) {
      if (stored.bodyHash !== bodyHash) {
        return {
          kind: 'error',
          error: {
            statusCode: 409,
            name: 'invalid_idempotent_request',
            message:
              'Same idempotency key used with a different request payload. Change your idempotency key or payload.',
          },
        }
      }
      if ('isInFlight' in stored) {
        return {
          kind: 'error',
          error: {
            statusCode: 409,
            name: 'concurrent_idempotent_requests',
            message:
              'Same idempotency key used while original request is still in progress. Try the request again later.',
          },
        }
      }
      return { kind: 'replay', status: stored.status, body: stored.body }
    }
    this.answers.set(key, { bodyHash, isInFlight: true, expiresAt: now + IDEMPOTENCY_TTL_MS })
    return { kind: 'new' }
  }

  /** Successful answers are kept for replay; a failure frees the key for a retry. */
  finish({
    key,
    status,
    body,
    now = Date.now(),
  }: {
    key: string
    status: number
    body: unknown
    now?: number
  }): void {
    const stored = this.answers.get(key)
    if (!stored) return
    if (status >= 200 && status < 300)
      this.answers.set(key, {
        bodyHash: stored.bodyHash,
        status,
        body,
        expiresAt: now + IDEMPOTENCY_TTL_MS,
      })
    else this.answers.delete(key)
  }
}

/** Resend's default team limit: N requests per second, answered 429 with retry-after beyond. */
export class RateLimiter {
  private readonly recent: number[] = []

  constructor(private readonly perSecond: number) {}

  check(now = Date.now()): { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number } {
    if (this.perSecond <= 0) return { isAllowed: true }
    while (this.recent.length > 0 && (this.recent[0] as number) <= now - 1000) this.recent.shift()
    if (this.recent.length >= this.perSecond) {
      return {
        isAllowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil(((this.recent[0] as number) + 1000 - now) / 1000)),
      }
    }
    this.recent.push(now)
    return { isAllowed: true }
  }
}
