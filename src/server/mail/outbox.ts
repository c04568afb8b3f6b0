import type { Payload } from 'payload'

import { MailerError } from '@/domain/errors'
import type { OutboxMailInput } from '@/domain/mail/outbox'
import {
  OUTBOX_CLAIM_MS,
  OUTBOX_SEND_TIMEOUT_MS,
  afterFailedAttempt,
  fromOutboxRow,
  outgoingMailKey,
  toOutboxRow,
} from '@/domain/mail/outbox'
import type { OutgoingMail } from '@/payload-types'
import { getMailer } from './getMailer'
import type { Mailer } from './mailer'

/**
 * Transactional mails leave through the `outgoing-mails` table: a request writes its mail with
 * queueMail() and answers; drainOutbox() sends what is due (the scheduler every minute, and a
 * background drain kicked right after queueing so the mail leaves within seconds). Every attempt
 * carries the row's idempotency key, so two drains, or a crash between the provider's answer and
 * our write, never send a mail twice.
 */
export async function queueMail({
  payload,
  mail,
  now = new Date(),
}: {
  payload: Payload
  mail: OutboxMailInput
  now?: Date
}): Promise<OutgoingMail> {
  return payload.create({
    collection: 'outgoing-mails',
    data: { ...toOutboxRow(mail), status: 'queued', attempts: 0, availableAt: now.toISOString() },
    overrideAccess: true,
  })
}

export type DrainResult = { sent: number; retried: number; failed: number }

const timeout = (ms: number) =>
  new Promise<never>((_, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new MailerError({
            code: 'timeout',
            message: `pas de réponse du fournisseur après ${ms / 1000} s`,
            statusCode: null,
          }),
        ),
      ms,
    )
    timer.unref()
  })

/**
 * Sends every queued mail that is due, one at a time, and records each outcome: `sent` with the
 * provider's id; a transient error (timeout, 429, 5xx, network) queues it again with backoff; a
 * refusal, or the last attempt, marks it `failed` with the reason, logged.
 */
export async function drainOutbox({
  payload,
  mailer,
  now = () => new Date(),
  sendTimeoutMs = OUTBOX_SEND_TIMEOUT_MS,
}: {
  payload: Payload
  mailer: Mailer
  now?: () => Date
  sendTimeoutMs?: number
}): Promise<DrainResult> {
  const logger = payload.logger.child({ task: 'outbox' })
  const result: DrainResult = { sent: 0, retried: 0, failed: 0 }
  for (;;) {
    const { docs } = await payload.find({
      collection: 'outgoing-mails',
      where: {
        status: { equals: 'queued' },
        availableAt: { less_than_equal: now().toISOString() },
      },
      sort: 'availableAt',
      limit: 20,
      depth: 0,
      overrideAccess: true,
    })
    if (docs.length === 0) return result
    for (const row of docs) {
      const attempts = (row.attempts ?? 0) + 1
      // The claim: other drains skip the row until it lapses (a dead drain's row is taken over).
      await payload.update({
        collection: 'outgoing-mails',
        id: row.id,
        data: { attempts, availableAt: new Date(now().getTime() + OUTBOX_CLAIM_MS).toISOString() },
        overrideAccess: true,
      })
      try {
        const { id } = await Promise.race([
          mailer.send(fromOutboxRow(row), { idempotencyKey: outgoingMailKey(row) }),
          timeout(sendTimeoutMs),
        ])
        await payload.update({
          collection: 'outgoing-mails',
          id: row.id,
          data: { status: 'sent', sentAt: now().toISOString(), providerId: id, lastError: null },
          overrideAccess: true,
        })
        result.sent += 1
        logger.info({ outgoingMail: row.id, kind: row.kind, attempts, msg: 'Courriel envoyé' })
      } catch (error) {
        const next = afterFailedAttempt({
          attempts,
          isRetryable: error instanceof MailerError ? error.isRetryable : true,
          error: error instanceof Error ? error.message : String(error),
          now: now(),
        })
        await payload.update({
          collection: 'outgoing-mails',
          id: row.id,
          data: next,
          overrideAccess: true,
        })
        const entry = { err: error, outgoingMail: row.id, kind: row.kind, attempts }
        if (next.status === 'failed') {
          result.failed += 1
          logger.error({ ...entry, msg: 'Courriel abandonné après échec' })
        } else {
          result.retried += 1
          logger.warn({ ...entry, retryAt: next.availableAt, msg: 'Courriel à réessayer' })
        }
      }
    }
  }
}

let running: Promise<void> | null = null
let isKickedAgain = false

/**
 * Drains the outbox in the background of this process, right after a request queued a mail: the
 * caller never awaits it (its answer must not wait for, nor reveal, the mailer). One drain at a
 * time per process; a kick during a drain makes it look once more before stopping. Errors are
 * logged: the scheduler's next tick retries.
 */
export function kickOutboxDrain({
  payload,
  mailer = getMailer(),
}: {
  payload: Payload
  mailer?: Mailer
}): void {
  if (running) {
    isKickedAgain = true
    return
  }
  running = (async () => {
    do {
      isKickedAgain = false
      await drainOutbox({ payload, mailer })
    } while (isKickedAgain)
  })()
    .catch((error: unknown) => {
      payload.logger.error({
        err: error,
        task: 'outbox',
        msg: 'File des courriels : envoi reporté',
      })
    })
    .finally(() => {
      running = null
    })
}

/** Resolves once this process's background drain (if any) has finished: for tests and scripts. */
export async function outboxSettled(): Promise<void> {
  while (running) await running
}
