import crypto from 'node:crypto'

import { Resend } from 'resend'

import { MailerError } from '@/domain/errors'
import type { OutgoingEmail } from '@/domain/mail/outgoingEmail'
import type { Env } from '@/config/env'

export type { OutgoingEmail }

/** Every mail of the app goes through this (test sends, confirmations, the newsletter). */
export type Mailer = {
  readonly isLocal: boolean
  readonly outboxUrl: string | null
  send: (email: OutgoingEmail, options?: { idempotencyKey?: string }) => Promise<{ id: string }>
  sendBatch: (
    emails: OutgoingEmail[],
    options?: { idempotencyKey?: string },
  ) => Promise<{ ids: string[] }>
}

type ResendResult<T> = {
  data: T | null
  error: { name?: string; message?: string; statusCode?: number | null } | null
  headers?: Record<string, string> | null
}

/** The Resend SDK returns errors instead of throwing: every result goes through here. */
function unwrap<T>(result: ResendResult<T>): T {
  if (result.error || !result.data) {
    const retryAfter = Number(result.headers?.['retry-after'])
    throw new MailerError({
      code: result.error?.name ?? 'application_error',
      message: result.error?.message ?? 'réponse vide du fournisseur',
      statusCode: result.error?.statusCode ?? null,
      retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : null,
    })
  }
  return result.data
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Retries what may succeed later (429 with its retry-after, 5xx, network errors) a few times with
 * backoff. Callers that need exactly-once must pass an idempotency key.
 */
export async function withRetry<T>(
  work: () => Promise<T>,
  {
    attempts = 3,
    baseDelayMs = 500,
    maxDelayMs = 5000,
    onRetry = () => {},
  }: {
    attempts?: number
    baseDelayMs?: number
    maxDelayMs?: number
    /** Called before each wait, so callers can log the retry with their own context. */
    onRetry?: (retry: { attempt: number; delayMs: number; error: MailerError }) => void
  } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work()
    } catch (error) {
      if (!(error instanceof MailerError) || !error.isRetryable || attempt >= attempts) throw error
      const delay =
        error.retryAfterSeconds !== null
          ? error.retryAfterSeconds * 1000
          : baseDelayMs * 2 ** (attempt - 1)
      const delayMs = Math.min(delay, maxDelayMs)
      onRetry({ attempt, delayMs, error })
      await sleep(delayMs)
    }
  }
}

/**
 * The Resend transport. Without RESEND_API_KEY it talks to the project's local Resend-compatible
 * server (MAIL_LOCAL_URL), whose outbox page shows every mail: the whole flow without an account.
 */
export function createMailer(
  env: Pick<
    Env,
    'RESEND_API_KEY' | 'RESEND_BASE_URL' | 'MAIL_FROM' | 'MAIL_REPLY_TO' | 'mailLocalUrl'
  >,
): Mailer {
  const isLocal = !env.RESEND_API_KEY
  const baseUrl = env.RESEND_BASE_URL ?? (isLocal ? env.mailLocalUrl : 'https://api.resend.com')
  const resend = new Resend(env.RESEND_API_KEY ?? 're_local_development', { baseUrl })
  const toApi = (email: OutgoingEmail) => ({
    from: env.MAIL_FROM,
    to: email.to,
    subject: email.subject,
    html: email.html,
    text: email.text,
    ...(env.MAIL_REPLY_TO ? { replyTo: env.MAIL_REPLY_TO } : {}),
    ...(email.headers ? { headers: email.headers } : {}),
    ...(email.tags ? { tags: email.tags } : {}),
  })
  return {
    isLocal,
    outboxUrl: isLocal ? baseUrl : null,
    send: async (email, options = {}) => {
      // One mail, one key: a retry after a lost answer never sends it twice.
      const idempotencyKey = options.idempotencyKey ?? `single-${crypto.randomUUID()}`
      const data = await withRetry(async () =>
        unwrap(
          (await resend.emails.send(toApi(email), { idempotencyKey })) as ResendResult<{
            id: string
          }>,
        ),
      )
      return { id: data.id }
    },
    sendBatch: async (emails, options = {}) => {
      const data = unwrap(
        (await resend.batch.send(
          emails.map(toApi),
          options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : undefined,
        )) as ResendResult<{ data: Array<{ id: string }> }>,
      )
      return { ids: data.data.map((entry) => entry.id) }
    },
  }
}
