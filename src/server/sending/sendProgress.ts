import type { Payload } from 'payload'

import type { DeliveryCounts, SendProgressView } from '@/domain/sending/progress'
import { emptyCounts, sendProgressView } from '@/domain/sending/progress'
import { findDocument } from '../database/findDocument'

/**
 * Deliveries of one send counted per status (one indexed count per status, never a full read);
 * `statuses` limits the counting to those asked, the others stay 0.
 */
export async function deliveryCounts(
  payload: Payload,
  sendId: number | string,
  statuses?: Array<keyof DeliveryCounts>,
): Promise<DeliveryCounts> {
  const counts = emptyCounts()
  await Promise.all(
    (statuses ?? (Object.keys(counts) as Array<keyof DeliveryCounts>)).map(async (status) => {
      const { totalDocs } = await payload.count({
        collection: 'deliveries',
        where: { and: [{ send: { equals: sendId } }, { status: { equals: status } }] },
        overrideAccess: true,
      })
      counts[status] = totalDocs
    }),
  )
  return counts
}

export async function sendProgress(
  payload: Payload,
  sendId: number | string,
  now = new Date(),
): Promise<
  (SendProgressView & { status: string; label: string | null; lastError: string | null }) | null
> {
  const send = await findDocument({ payload, collection: 'sends', id: sendId })
  if (!send) return null
  const view = sendProgressView({
    counts: await deliveryCounts(payload, send.id),
    startedAt: send.startedAt,
    finishedAt: send.finishedAt,
    now,
  })
  return {
    ...view,
    status: send.status,
    label: send.label ?? null,
    lastError: send.lastError ?? null,
  }
}
