import type { Payload, PayloadRequest } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

/** Registers how to undo one write, for databases that run without transactions. */
export type OnRollback = (undo: () => Promise<unknown>) => void

/**
 * Runs `work` all-or-nothing. Where the adapter has transactions (MongoDB on a replica set), every
 * write given `req` is committed together or rolled back. Where it has none (our SQLite: see
 * payload.config.ts, and MongoDB without a replica set), the undo steps `work` registered with
 * `onRollback` run in reverse order when it fails, so nothing half-written is left either way.
 */
export async function withTransaction<T>(
  payload: Payload,
  work: (req: PayloadRequest, onRollback: OnRollback) => Promise<T>,
): Promise<T> {
  const req = await createLocalReq({}, payload)
  // The request is new, so it holds a transaction only if this call began one.
  const isTransactional = await initTransaction(req)
  const undoSteps: Array<() => Promise<unknown>> = []
  try {
    const result = await work(req, (undo) => {
      if (!isTransactional) undoSteps.push(undo)
    })
    if (isTransactional) await commitTransaction(req)
    return result
  } catch (error) {
    if (isTransactional) await killTransaction(req)
    for (const undo of undoSteps.reverse()) {
      try {
        await undo()
      } catch (undoError) {
        payload.logger.error({ err: undoError, msg: 'Annulation incomplète après une erreur' })
      }
    }
    throw error
  }
}
