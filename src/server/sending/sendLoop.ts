import type { Payload } from 'payload'

import { readEnv } from '@/config/env'
import { IssueNotReadyError, MailerError, SendStopError } from '@/domain/errors'
import { sendCompletion } from '@/domain/sending/completion'
import type { Clock } from '@/domain/sending/pacer'
import { createPacer, systemClock } from '@/domain/sending/pacer'
import { countTotal } from '@/domain/sending/progress'
import { recipientEmail } from '@/domain/sending/recipientEmail'
import type { SafetyThresholds } from '@/domain/sending/safetyStop'
import { handedOver, safetyStopReason } from '@/domain/sending/safetyStop'
import { BATCH_SIZE, batchIdempotencyKey, chunksOf } from '@/domain/sending/sendPlan'
import type { FrozenRecipient, SendStore } from '@/domain/sending/sendStore'
import type { Mailer } from '../mail/mailer'
import { withRetry } from '../mail/mailer'

export type SendProgress = {
  total: number
  sent: number
  failed: number
  batch: number
  batches: number
}
/**
 * - done: every frozen recipient has an outcome; the issue is « Envoyé ».
 * - busy: another worker holds the send (or took it over from this one).
 * - stopped: `signal` asked to stop; the batch in flight was finished and recorded. Resumable.
 * - paused: a safety stop (bounces, complaints); only communication staff can resume or cancel.
 * - failed: an error; resumable by running again, unless the send itself is marked failed.
 */
export type RunSendResult = 'done' | 'busy' | 'stopped' | 'paused' | 'failed'

export type SendLog = Pick<Payload['logger'], 'debug' | 'info' | 'warn' | 'error'>

/** Retries of one batch request (429 with retry-after, 5xx, timeouts) before the run gives up. */
export const BATCH_RETRY = { attempts: 8, baseDelayMs: 500, maxDelayMs: 10_000 } as const

export const thresholdsFromEnv = (): SafetyThresholds => {
  const env = readEnv()
  return {
    minHandedOver: env.SEND_SAFETY_MIN_HANDED_OVER,
    maxBounceRate: env.SEND_SAFETY_MAX_BOUNCE_RATE,
    maxComplaintRate: env.SEND_SAFETY_MAX_COMPLAINT_RATE,
  }
}

/**
 * The sending loop (listmonk's manager): it sees a store and a mailer, nothing else.
 * Exactly once per recipient:
 * - one worker at a time (claim), the lease renewed before every preparation page and after every
 *   batch; a worker that lost its lease stops, and the one that took over resumes its rows;
 * - the issue is frozen into an edition before the audience: every batch, every resume sends those
 *   bytes, and batches are fixed at preparation, so `Idempotency-Key: send-<id>-batch-<n>` always
 *   carries the same body and a batch retried after a crash is answered from the provider's record;
 * - 429/5xx/timeouts and concurrent requests are retried under the same key; a key refused with
 *   another body (409 invalid_idempotent_request) stops the send, never re-sends under new keys;
 *   a batch refused as invalid is sent one by one, each recipient under its own key;
 * - marked sent only when every frozen recipient has an outcome and none is queued.
 */
export async function sendLoop({
  store,
  mailer,
  sendId,
  log,
  onProgress = () => {},
  requestsPerSecond = 2,
  signal,
  clock = systemClock,
  thresholds,
}: {
  store: SendStore
  mailer: Pick<Mailer, 'send' | 'sendBatch'>
  sendId: number | string
  log: SendLog
  onProgress?: (progress: SendProgress) => void
  requestsPerSecond?: number
  signal?: AbortSignal
  clock?: Clock
  thresholds: SafetyThresholds
}): Promise<RunSendResult> {
  const started = clock.now()
  if (!(await store.claim())) {
    log.debug({ msg: 'Envoi déjà pris par un autre processus' })
    return 'busy'
  }
  let currentBatch: number | null = null
  // Writing a batch's results overlaps the next batch's request, so the provider's window is used
  // fully. At most one batch of writes is in flight: a crash loses at most two batches' records,
  // and their idempotency keys make the provider answer them again without sending anything.
  let inFlight: Promise<void> = Promise.resolve()
  let writeError: unknown = null
  const settle = async () => {
    await inFlight
    if (writeError) throw writeError
  }
  try {
    let state = await store.state()
    if (state.status === 'done') return 'done'
    if (state.status === 'paused') return 'paused'
    if (state.status === 'failed' || state.status === 'cancelled') {
      log.warn({
        status: state.status,
        msg: 'Envoi arrêté : rien à reprendre sans décision humaine',
      })
      return 'failed'
    }
    // The content first, then the audience: what was approved is what goes out.
    const edition = await store.edition()
    if (state.status === 'preparing') {
      for (;;) {
        if (signal?.aborted) return 'stopped'
        const step = await store.prepareNextPage()
        if ('isLockLost' in step) {
          log.warn({ msg: 'Préparation reprise par un autre processus : arrêt sans rien effacer' })
          return 'busy'
        }
        if (step.isDone) break
        // A page is a long chain of database calls that may all resolve at once: let timers and
        // signals (the lease, SIGTERM's deadline) run between pages.
        await new Promise((resolve) => setImmediate(resolve))
      }
      const total = countTotal(await store.counts())
      await store.markSending(total)
      state = { ...state, status: 'sending', total }
      log.info({ total, contentHash: edition.contentHash, msg: 'Audience figée' })
    }
    const total = state.total
    // Batches are read one at a time, never listed: memory stays flat whatever the audience.
    const batches = Math.ceil(total / BATCH_SIZE)
    const paced = createPacer({ requestsPerSecond, clock })
    const tags = [{ name: 'send', value: String(sendId) }]
    let latestCounts = await store.counts()
    let isLockLost = false
    const afterBatch = async (batch: number) => {
      latestCounts = await store.counts()
      await store.saveProgress(latestCounts)
      onProgress({
        total,
        sent: handedOver(latestCounts),
        failed: latestCounts.failed,
        batch,
        batches,
      })
      if (!(await store.renew())) isLockLost = true
    }
    const sendOneByOne = async (recipients: FrozenRecipient[], key: string, batch: number) => {
      for (const [index, recipient] of recipients.entries()) {
        if (recipient.status !== 'queued') continue
        // A hundred single requests take about a minute at the provider's pace: keep the lease.
        if (index > 0 && index % 20 === 0 && !(await store.renew())) {
          isLockLost = true
          return
        }
        try {
          const { id } = await withRetry(
            () =>
              paced(() =>
                mailer.send(recipientEmail({ edition, recipient, tags }), {
                  idempotencyKey: `${key}-delivery-${recipient.id}`,
                }),
              ),
            BATCH_RETRY,
          )
          await store.recordAccepted([{ recipient, providerId: id }])
        } catch (error) {
          if (!(error instanceof MailerError) || error.isRetryable || error.isIdempotencyConflict)
            throw error
          log.warn({
            batch,
            deliveryId: recipient.id,
            code: error.code,
            msg: 'Destinataire refusé',
          })
          await store.recordRefused({ recipient, reason: error.message })
        }
      }
    }
    log.info({ total, batches, msg: 'Envoi : lots à envoyer' })
    for (
      let batch = await store.nextQueuedBatch(0);
      batch !== null;
      batch = await store.nextQueuedBatch(batch)
    ) {
      await settle()
      if (isLockLost) {
        log.warn({ batch, msg: 'Verrou perdu : un autre processus reprend l’envoi' })
        return 'busy'
      }
      if (signal?.aborted) {
        log.info({ batch, msg: 'Arrêt demandé : envoi interrompu entre deux lots' })
        return 'stopped'
      }
      const reason = state.hasSafetyStops
        ? safetyStopReason({ counts: latestCounts, thresholds })
        : null
      if (reason) {
        await store.markStopped({ status: 'paused', reason })
        log.warn({ batch, reason, msg: 'Envoi mis en pause (arrêt de sécurité)' })
        return 'paused'
      }
      currentBatch = batch
      // The whole batch, whatever its rows' state: a resumed batch sends the very same body.
      const parts = chunksOf({ items: await store.batch(batch) })
      for (const [index, recipients] of parts.entries()) {
        if (!recipients.some((recipient) => recipient.status === 'queued')) continue
        const key = batchIdempotencyKey({ sendId, batch, part: index + 1 })
        const emails = recipients.map((recipient) => recipientEmail({ edition, recipient, tags }))
        const batchStarted = clock.now()
        let ids: string[]
        try {
          const onRetry = ({
            attempt,
            delayMs,
            error,
          }: {
            attempt: number
            delayMs: number
            error: MailerError
          }) => log.warn({ batch, attempt, delayMs, code: error.code, msg: 'Lot : nouvel essai' })
          ids = (
            await withRetry(() => paced(() => mailer.sendBatch(emails, { idempotencyKey: key })), {
              ...BATCH_RETRY,
              onRetry,
            })
          ).ids
        } catch (error) {
          if (!(error instanceof MailerError) || error.isRetryable || error.isIdempotencyConflict)
            throw error
          log.warn({
            batch,
            code: error.code,
            reason: error.message,
            msg: 'Lot refusé : envoi un par un',
          })
          await settle()
          await sendOneByOne(recipients, key, batch)
          await afterBatch(batch)
          continue
        }
        if (ids.length !== recipients.length) {
          throw new SendStopError({
            userMessage: `Le fournisseur a répondu au lot n° ${batch} pour ${ids.length} destinataire(s) au lieu de ${recipients.length} : envoi arrêté pour ne rien envoyer deux fois.`,
          })
        }
        log.debug({
          batch,
          recipients: recipients.length,
          ms: clock.now() - batchStarted,
          msg: 'Lot accepté',
        })
        await settle()
        inFlight = store
          .recordAccepted(
            recipients.map((recipient, at) => ({ recipient, providerId: ids[at] as string })),
          )
          .then(() => afterBatch(batch))
          .catch((error: unknown) => {
            writeError = error
          })
      }
    }
    await settle()
    currentBatch = null
    if (isLockLost) return 'busy'
    const counts = await store.counts()
    const verdict = sendCompletion({ total, counts })
    if (!verdict.isComplete) {
      await store.markStopped({ status: 'failed', reason: verdict.reason })
      log.error({ total, counts, msg: verdict.reason })
      return 'failed'
    }
    await store.markDone(counts)
    log.info({
      sent: handedOver(counts),
      failed: counts.failed,
      ms: clock.now() - started,
      msg: 'Envoi terminé',
    })
    return 'done'
  } catch (error) {
    await inFlight
    if (error instanceof IssueNotReadyError) {
      log.warn({ reason: error.userMessage, msg: 'Numéro renvoyé en relecture' })
      await store.returnToReview(error.userMessage)
      return 'failed'
    }
    const batchField = currentBatch === null ? {} : { batch: currentBatch }
    if (
      error instanceof SendStopError ||
      (error instanceof MailerError && error.isIdempotencyConflict)
    ) {
      const reason =
        error instanceof SendStopError
          ? error.userMessage
          : `Le fournisseur a refusé le lot n° ${currentBatch ?? '?'} : sa clé d’idempotence a déjà servi pour un autre contenu (409 invalid_idempotent_request). L’envoi est arrêté pour ne rien envoyer deux fois ; aucun courriel n’a été renvoyé sous une autre clé.`
      log.error({ err: error, ...batchField, msg: 'Envoi arrêté' })
      await store.markStopped({ status: 'failed', reason })
      return 'failed'
    }
    log.error({ err: error, ...batchField, msg: 'Envoi interrompu' })
    await store.noteError(String((error as Error).message ?? error))
    return 'failed'
  } finally {
    await store.release()
  }
}
