import cron from 'node-cron'
import type { Logger as CronLogger, ScheduledTask } from 'node-cron'
import type { Payload } from 'payload'

import { BRUSSELS } from '@/domain/dates/brussels'
import type { Mailer } from '../mail/mailer'
import { drainOutbox } from '../mail/outbox'
import type { RunSendResult } from '../sending/runSend'
import { sendDueIssues } from '../sending/runSend'

export type SchedulerTick = {
  isOk: boolean
  error: string | null
  results: Array<{ sendId: number | string; result: RunSendResult }>
}

type TaskLogger = Payload['logger']

/** The cron task, plus a graceful stop: no new tick, the running one stops after its batch. */
export type Scheduler = ScheduledTask & { shutdown: () => Promise<void> }

const TASK = 'actunipso-send'
const OUTBOX_TASK = 'actunipso-outbox'

/** The heartbeat read by GET /api/health. A failed write is logged, never thrown: sending goes on. */
async function recordHeartbeat({
  payload,
  logger,
  data,
}: {
  payload: Payload
  logger: TaskLogger
  data: { lastTickAt: string; lastTickOk?: boolean; lastTickError?: string | null }
}): Promise<void> {
  try {
    await payload.updateGlobal({ slug: 'scheduler-status', data, overrideAccess: true })
  } catch (error) {
    logger.error({ err: error, msg: 'État du planificateur non enregistré' })
  }
}

/**
 * One run of the scheduler: start due issues and resume interrupted sends, then record the tick in
 * the `scheduler-status` global. A tick is not OK when it threw or when a send ended 'failed' (a
 * 'busy' send is another instance's: not an error).
 */
export async function runSchedulerTick({
  payload,
  mailer,
  now = new Date(),
  signal,
}: {
  payload: Payload
  mailer: Mailer
  now?: Date
  /** Aborted at shutdown: the send in flight stops after its batch, no other starts. */
  signal?: AbortSignal
}): Promise<SchedulerTick> {
  const logger = payload.logger.child({ task: TASK })
  let results: SchedulerTick['results'] = []
  let error: string | null = null
  try {
    results = await sendDueIssues({ payload, mailer, now, signal })
    for (const { sendId, result } of results) logger.info({ sendId, result, msg: 'Envoi planifié' })
    const failed = results.filter((entry) => entry.result === 'failed').map((entry) => entry.sendId)
    if (failed.length > 0)
      error = `Envoi(s) en échec : n° ${failed.join(', ')} (voir Diffusion > Envois, erreur du dernier essai).`
  } catch (caught) {
    logger.error({ err: caught, msg: 'Tâche d’envoi en échec' })
    error = String((caught as Error).message ?? caught).slice(0, 1000)
  }
  await recordHeartbeat({
    payload,
    logger,
    data: {
      lastTickAt: new Date().toISOString(),
      lastTickOk: error === null,
      lastTickError: error,
    },
  })
  return { isOk: error === null, error, results }
}

/** node-cron's own messages (overlap, missed runs) as structured lines of the same logger. */
function cronLogger(logger: TaskLogger): CronLogger {
  return {
    info: (message) => logger.debug({ msg: message }),
    warn: (message) => logger.warn({ msg: message }),
    error: (message, err) =>
      logger.error({
        err: err ?? message,
        msg: typeof message === 'string' ? message : 'node-cron',
      }),
    debug: (message, err) =>
      logger.debug({ err, msg: typeof message === 'string' ? message : 'node-cron' }),
  }
}

/**
 * Every minute (Brussels time), without overlapping runs: start due issues and resume interrupted
 * sends. Exactly-once does not depend on this being the only scheduler: sends are claimed.
 * While a long send holds a tick, each skipped minute still records the heartbeat (the scheduler
 * is alive), so the health check does not report a working scheduler as stopped.
 * Beside it, its own task drains the transactional outbox (confirmation mails, member links) every
 * minute, so a long send never holds those mails back.
 * `shutdown()` stops the cron, aborts the tick in flight (its send stops after the current batch
 * and releases its lock) and resolves once that tick and the outbox drain have returned.
 */
export function startScheduler({
  payload,
  mailer,
  expression = '* * * * *',
}: {
  payload: Payload
  mailer: Mailer
  /** Tests tick every second ('* * * * * *'). */
  expression?: string
}): Scheduler {
  const logger = payload.logger.child({ task: TASK })
  const stopping = new AbortController()
  let inFlight: Promise<SchedulerTick> | null = null
  const tick = () => {
    if (stopping.signal.aborted) return null
    const current = runSchedulerTick({
      payload,
      mailer,
      now: new Date(),
      signal: stopping.signal,
    }).finally(() => {
      if (inFlight === current) inFlight = null
    })
    inFlight = current
    return current
  }
  const task = cron.schedule(expression, tick, {
    name: TASK,
    timezone: BRUSSELS,
    noOverlap: true,
    logger: cronLogger(logger),
  })
  // node-cron itself logs the skipped run (warn, through cronLogger).
  task.on('execution:overlap', async () => {
    if (stopping.signal.aborted) return
    await recordHeartbeat({ payload, logger, data: { lastTickAt: new Date().toISOString() } })
  })
  let outboxInFlight: Promise<unknown> | null = null
  const outboxTask = cron.schedule(
    expression,
    () => {
      if (stopping.signal.aborted) return null
      const current = drainOutbox({ payload, mailer })
        .catch((error: unknown) => {
          logger.error({ err: error, task: OUTBOX_TASK, msg: 'File des courriels : tick en échec' })
        })
        .finally(() => {
          if (outboxInFlight === current) outboxInFlight = null
        })
      outboxInFlight = current
      return current
    },
    { name: OUTBOX_TASK, timezone: BRUSSELS, noOverlap: true, logger: cronLogger(logger) },
  )
  const { stop, destroy } = { stop: task.stop.bind(task), destroy: task.destroy.bind(task) }
  const shutdown = async () => {
    stopping.abort()
    await Promise.all([stop(), outboxTask.stop()])
    if (inFlight) {
      logger.info({ msg: 'Arrêt : fin du lot en cours' })
      await inFlight
    }
    if (outboxInFlight) await outboxInFlight
  }
  // Stopping or destroying the scheduler stops both tasks.
  return Object.assign(task, {
    shutdown,
    stop: async () => {
      await Promise.all([stop(), outboxTask.stop()])
    },
    destroy: async () => {
      await Promise.all([destroy(), outboxTask.destroy()])
    },
  })
}
