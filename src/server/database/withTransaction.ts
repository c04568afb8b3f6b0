import type { Payload, PayloadRequest, RequestContext } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

/**
 * Runs `work` in one database transaction: every write given this `req` is committed together or
 * not at all. Nothing half-written survives an error (a refused row, a crash of the caller's logic).
 */
export async function withTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>, context: RequestContext = {}): Promise<T> {
  const req = await createLocalReq({ context }, payload)
  const isOwn = await initTransaction(req)
  try {
    const result = await work(req)
    if (isOwn) await commitTransaction(req)
    return result
  } catch (error) {
    if (isOwn) await killTransaction(req)
    throw error
  }
}
