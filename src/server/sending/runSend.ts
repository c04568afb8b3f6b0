import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { readEnv } from '@/config/env'
import { BRUSSELS } from '@/domain/dates/brussels'
import { MailerError } from '@/domain/errors'
import { greetingFor } from '@/domain/newsletter/personalize'
import { assignBatches, batchIdempotencyKey, listHeaders } from '@/domain/sending/sendPlan'
import type { Delivery, Subscriber } from '@/payload-types'
import type { Mailer, OutgoingEmail } from '../mail/mailer'
import { withRetry } from '../mail/mailer'
import { buildIssueEmail } from '../newsletter/issueEmail'
import { personalizeIssue } from '../newsletter/renderIssue'
import { unsubscribeUrlFor } from '../subscribers/subscriptions'
import { claimLock, releaseLock, renewLock } from './sendLock'
import { deliveryCounts } from './sendProgress'
import { withTransaction } from '../database/withTransaction'

export type SendProgress = {
  total: number
  sent: number
  failed: number
  batch: number
  batches: number
}
export type RunSendResult = 'done' | 'busy' | 'failed'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The `sends` document of an issue, created once (its `issue` is unique). */
export async function ensureSend({
  payload,
  issueId,
}: {
  payload: Payload
  issueId: number | string
}): Promise<number | string> {
  const find = async () =>
    (
      await payload.find({
        collection: 'sends',
        where: { issue: { equals: issueId } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]
  const existing = await find()
  if (existing) return existing.id
  try {
    const issue = await payload.findByID({
      collection: 'issues',
      id: issueId,
      depth: 0,
      overrideAccess: true,
    })
    const created = await payload.create({
      collection: 'sends',
      data: {
        issue: issueId as number,
        label: `${issue.subject} (${issue.month})`,
        status: 'preparing',
      },
      overrideAccess: true,
    })
    payload.logger.info({
      sendId: created.id,
      issue: issueId,
      month: issue.month,
      msg: 'Envoi créé',
    })
    return created.id
  } catch (error) {
    // Another worker created it at the same moment: the unique index decided, use theirs.
    const raced = await find()
    if (raced) return raced.id
    throw error
  }
}

/** Freezes the audience: one queued delivery per active subscriber, all or nothing. */
async function prepareAudience({
  payload,
  sendId,
  issueId,
  now,
}: {
  payload: Payload
  sendId: number | string
  issueId: number | string
  now: Date
}): Promise<void> {
  await withTransaction(
    payload,
    async (req, onRollback) => {
      // Nothing is sent while preparing: a preparation that was killed half-way (no transaction on
      // SQLite) starts again from no rows, and one that fails removes what it wrote.
      const removeDeliveries = () =>
        payload.db.deleteMany({
          collection: 'deliveries',
          where: { send: { equals: sendId } },
          req,
        })
      await removeDeliveries()
      onRollback(removeDeliveries)
      const { docs } = await payload.find({
        collection: 'subscribers',
        where: { status: { equals: 'active' } },
        select: { email: true, firstName: true },
        pagination: false,
        depth: 0,
        req,
        overrideAccess: true,
      })
      const planned = assignBatches({
        emails: docs.map((subscriber) => ({ email: subscriber.email, subscriber })),
      })
      const createdAt = now.toISOString()
      for (const entry of planned) {
        // The adapter's create: deliveries have no hooks, and at 100,000 recipients the Local API's
        // per-document work (validation, hooks, read-back) would take minutes. The (send, subscriber)
        // unique index still refuses a second row for the same person.
        await payload.db.create({
          collection: 'deliveries',
          data: {
            send: sendId,
            subscriber: entry.subscriber.id,
            email: entry.email,
            firstName: entry.subscriber.firstName ?? null,
            batch: entry.batch,
            status: 'queued',
            attempts: 0,
            createdAt,
            updatedAt: createdAt,
          },
          req,
          returning: false,
        })
      }
      await payload.update({
        collection: 'sends',
        id: sendId,
        data: {
          status: 'sending',
          total: planned.length,
          startedAt: now.toISOString(),
          startedAt_tz: BRUSSELS,
        },
        req,
        overrideAccess: true,
      })
      await payload.update({
        collection: 'issues',
        id: issueId,
        data: { status: 'sending' },
        req,
        overrideAccess: true,
      })
    },
    { isSender: true },
  )
}

/**
 * Records a batch the provider accepted: each of its queued rows becomes "sent" with its message
 * id, in one transaction (a batch is recorded whole or not at all). Through the adapter's updateOne:
 * deliveries have no hooks, and the Local API's per-document work cost ~15 ms a row, which capped
 * sending at about half the provider's 200 mails/s.
 */
async function recordAccepted({
  payload,
  deliveries,
  ids,
}: {
  payload: Payload
  deliveries: Delivery[]
  ids: string[]
}): Promise<void> {
  await withTransaction(
    payload,
    async (req) => {
      const updatedAt = new Date().toISOString()
      for (const [index, delivery] of deliveries.entries()) {
        if (delivery.status !== 'queued') continue
        await payload.db.updateOne({
          collection: 'deliveries',
          id: delivery.id,
          data: {
            status: 'sent',
            providerMessageId: ids[index],
            attempts: (delivery.attempts ?? 0) + 1,
            updatedAt,
          },
          req,
          returning: false,
        })
      }
    },
    { isSender: true },
  )
}

/**
 * The send's running totals. "Sent" is every recipient handed to the provider: queued and failed
 * aside, whatever webhooks have since made of them (delivered, bounced, complained).
 */
async function sendTotals(payload: Payload, sendId: number | string, total: number) {
  const { queued, failed } = await deliveryCounts(payload, sendId, ['queued', 'failed'])
  return { queued, sent: total - queued - failed, failed }
}

/**
 * Sends an issue to its frozen audience, exactly once per recipient:
 * - one worker at a time (claimLock), with a lease renewed after each batch;
 * - batches are deterministic and carry `Idempotency-Key: send-<id>-batch-<n>`, so a batch retried
 *   after a crash between the provider's answer and our write is answered from the provider's record;
 * - 429/5xx/timeouts are retried with backoff and retry-after; a batch the provider refuses as invalid
 *   is split and each refused recipient marked failed with the reason.
 * Resumable: call it again after any stop, it carries on from the deliveries' state.
 */
export async function runSend({
  payload,
  mailer,
  sendId,
  owner = crypto.randomUUID(),
  onProgress = () => {},
  requestsPerSecond = 2,
}: {
  payload: Payload
  mailer: Mailer
  sendId: number | string
  owner?: string
  onProgress?: (progress: SendProgress) => void
  requestsPerSecond?: number
}): Promise<RunSendResult> {
  // Every line of this send carries its id (and its batch, where there is one): pino fields.
  const log = payload.logger.child({ sendId })
  const started = Date.now()
  const lock = await claimLock({ payload, key: `send-${sendId}`, owner })
  if (!lock) {
    log.debug({ msg: 'Envoi déjà pris par un autre processus' })
    return 'busy'
  }
  let currentBatch: number | null = null
  try {
    let send = await payload.findByID({
      collection: 'sends',
      id: sendId,
      depth: 0,
      overrideAccess: true,
    })
    const issueId = typeof send.issue === 'object' ? send.issue.id : send.issue
    if (send.status === 'done') return 'done'
    if (send.status === 'preparing') {
      await prepareAudience({ payload, sendId, issueId, now: new Date() })
      send = await payload.findByID({
        collection: 'sends',
        id: sendId,
        depth: 0,
        overrideAccess: true,
      })
      log.info({
        total: send.total,
        batches: Math.ceil((send.total ?? 0) / 100),
        msg: 'Audience figée',
      })
    }
    const issue = await payload.findByID({
      collection: 'issues',
      id: issueId,
      depth: 0,
      overrideAccess: true,
    })
    const { templates, view } = await buildIssueEmail({ payload, issue })
    const listId = `actunipso.${new URL(readEnv().serverUrl).hostname}`
    const batches = Math.ceil((send.total ?? 0) / 100)
    // The provider allows `requestsPerSecond` requests in any one second. Pacing against the start of
    // the request that many places back (not the previous one) lets one slow serialisation be caught
    // up by the next; the margin absorbs the jitter between our clock and the request's arrival. A
    // 429 costs a whole second of retry-after, so the margin is cheaper than the risk.
    const WINDOW_MARGIN_MS = 40
    const recentStarts: number[] = []
    const paced = async <T>(work: () => Promise<T>) => {
      if (requestsPerSecond > 0 && recentStarts.length >= requestsPerSecond) {
        const wait =
          (recentStarts[recentStarts.length - requestsPerSecond] as number) +
          1000 +
          WINDOW_MARGIN_MS -
          Date.now()
        if (wait > 0) await sleep(wait)
      }
      recentStarts.push(Date.now())
      if (recentStarts.length > requestsPerSecond) recentStarts.shift()
      return work()
    }

    const emailFor = async (delivery: Delivery): Promise<OutgoingEmail> => {
      const subscriber = delivery.subscriber as Subscriber
      const unsubscribeUrl = unsubscribeUrlFor(subscriber.token as string)
      const { html, text } = personalizeIssue({
        templates,
        recipient: { greeting: greetingFor(delivery.firstName), unsubscribeUrl },
      })
      return {
        to: [delivery.email],
        subject: view.subject,
        html,
        text,
        headers: listHeaders({ unsubscribeUrl, listId }),
        tags: [{ name: 'send', value: String(sendId) }],
      }
    }

    const markSent = (deliveries: Delivery[], ids: string[]) =>
      recordAccepted({ payload, deliveries, ids })
    const afterBatch = async (batch: number) => {
      const progress = await sendTotals(payload, sendId, send.total ?? 0)
      await payload.update({
        collection: 'sends',
        id: sendId,
        data: { sent: progress.sent, failed: progress.failed },
        overrideAccess: true,
      })
      onProgress({
        total: send.total ?? 0,
        sent: progress.sent,
        failed: progress.failed,
        batch,
        batches,
      })
      if (!(await renewLock({ payload, lock }))) isLockLost = true
    }
    // Writing a batch's results overlaps with the next batch's request, so the 2 requests/s are used
    // fully. At most one batch of writes is in flight: a crash loses at most two batches' records,
    // and their idempotency keys make the provider answer them again without sending anything.
    let inFlight: Promise<void> = Promise.resolve()
    let writeError: unknown = null
    let isLockLost = false
    const settle = async () => {
      await inFlight
      if (writeError) throw writeError
    }
    const queuedBatches = [
      ...new Set(
        (
          await payload.find({
            collection: 'deliveries',
            where: { and: [{ send: { equals: sendId } }, { status: { equals: 'queued' } }] },
            select: { batch: true },
            sort: 'batch',
            pagination: false,
            depth: 0,
            overrideAccess: true,
          })
        ).docs.map((delivery) => delivery.batch),
      ),
    ]
    log.info({
      owner,
      total: send.total,
      batches,
      queuedBatches: queuedBatches.length,
      msg: 'Envoi : lots à envoyer',
    })
    for (const batch of queuedBatches) {
      if (isLockLost) {
        log.warn({ batch, msg: 'Verrou perdu : un autre processus reprend l’envoi' })
        break
      }
      currentBatch = batch
      const batchLog = log.child({ batch })
      // The whole batch, whatever its rows' state: a resumed batch must send the very same body.
      const deliveries = (
        await payload.find({
          collection: 'deliveries',
          where: { and: [{ send: { equals: sendId } }, { batch: { equals: batch } }] },
          sort: 'email',
          pagination: false,
          depth: 1,
          overrideAccess: true,
        })
      ).docs
      const emails = await Promise.all(deliveries.map(emailFor))
      const key = batchIdempotencyKey({ sendId, batch })
      let ids: string[] | null = null
      const batchStarted = Date.now()
      try {
        const onRetry = ({
          attempt,
          delayMs,
          error,
        }: {
          attempt: number
          delayMs: number
          error: MailerError
        }) =>
          batchLog.warn({
            attempt,
            delayMs,
            code: error.code,
            statusCode: error.statusCode,
            msg: 'Lot : nouvel essai',
          })
        ids = (
          await withRetry(() => paced(() => mailer.sendBatch(emails, { idempotencyKey: key })), {
            attempts: 8,
            baseDelayMs: 500,
            maxDelayMs: 10_000,
            onRetry,
          })
        ).ids
      } catch (error) {
        if (!(error instanceof MailerError) || error.isRetryable) throw error
        batchLog.warn({
          code: error.code,
          statusCode: error.statusCode,
          reason: error.message,
          msg: 'Lot refusé : envoi un par un',
        })
      }
      await settle()
      if (ids) {
        batchLog.debug({
          recipients: deliveries.length,
          ms: Date.now() - batchStarted,
          msg: 'Lot accepté',
        })
        const batchIds = ids
        inFlight = markSent(deliveries, batchIds)
          .then(() => afterBatch(batch))
          .catch((error: unknown) => {
            writeError = error
          })
        continue
      }
      // The provider refused the batch as a whole (an invalid address…): send one by one.
      for (const [index, delivery] of deliveries.entries()) {
        if (delivery.status !== 'queued') continue
        try {
          const { id } = await paced(() =>
            mailer.send(emails[index] as OutgoingEmail, {
              idempotencyKey: `${key}-delivery-${delivery.id}`,
            }),
          )
          await payload.update({
            collection: 'deliveries',
            id: delivery.id,
            data: { status: 'sent', providerMessageId: id, attempts: (delivery.attempts ?? 0) + 1 },
            overrideAccess: true,
          })
        } catch (single) {
          if (!(single instanceof MailerError) || single.isRetryable) throw single
          batchLog.warn({
            deliveryId: delivery.id,
            code: single.code,
            reason: single.message,
            msg: 'Destinataire refusé',
          })
          await payload.update({
            collection: 'deliveries',
            id: delivery.id,
            data: {
              status: 'failed',
              lastError: single.message.slice(0, 500),
              attempts: (delivery.attempts ?? 0) + 1,
            },
            overrideAccess: true,
          })
        }
      }
      await afterBatch(batch)
    }
    await settle()
    currentBatch = null
    if (isLockLost) return 'busy'
    const final = await sendTotals(payload, sendId, send.total ?? 0)
    if (final.queued > 0)
      throw new Error(`${final.queued} destinataire(s) encore en attente après le dernier lot.`)

    const finishedAt = new Date().toISOString()
    await payload.update({
      collection: 'sends',
      id: sendId,
      data: {
        status: 'done',
        sent: final.sent,
        failed: final.failed,
        finishedAt,
        finishedAt_tz: BRUSSELS,
      },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'issues',
      id: issueId,
      data: { status: 'sent', sentAt: finishedAt, sentAt_tz: BRUSSELS },
      overrideAccess: true,
    })
    log.info({
      sent: final.sent,
      failed: final.failed,
      ms: Date.now() - started,
      msg: 'Envoi terminé',
    })
    return 'done'
  } catch (error) {
    log.error({
      err: error,
      ...(currentBatch === null ? {} : { batch: currentBatch }),
      msg: 'Envoi interrompu',
    })
    await payload.update({
      collection: 'sends',
      id: sendId,
      data: { lastError: String((error as Error).message ?? error).slice(0, 1000) },
      overrideAccess: true,
    })
    return 'failed'
  } finally {
    await releaseLock({ payload, lock })
  }
}

/** What the cron does every minute: start due scheduled issues, resume interrupted sends. */
export async function sendDueIssues({
  payload,
  mailer,
  now = new Date(),
}: {
  payload: Payload
  mailer: Mailer
  now?: Date
}): Promise<Array<{ sendId: number | string; result: RunSendResult }>> {
  const due = await payload.find({
    collection: 'issues',
    where: {
      and: [
        { status: { equals: 'scheduled' } },
        { scheduledAt: { less_than_equal: now.toISOString() } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const sendIds = await Promise.all(
    due.docs.map((issue) => ensureSend({ payload, issueId: issue.id })),
  )
  const interrupted = (
    await payload.find({
      collection: 'sends',
      where: { status: { in: ['preparing', 'sending'] } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs.map((send) => send.id)
  const results: Array<{ sendId: number | string; result: RunSendResult }> = []
  for (const sendId of [...new Set([...sendIds, ...interrupted])])
    results.push({ sendId, result: await runSend({ payload, mailer, sendId }) })
  return results
}
