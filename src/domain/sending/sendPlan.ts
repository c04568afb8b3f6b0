import { MAX_BATCH } from '../mail/resendRequest'

/** Our batches are as large as a Resend batch request may be (100 mails). */
export const BATCH_SIZE = MAX_BATCH

/**
 * Batch numbers for a frozen audience: sorted by address, so the same recipients always land in
 * the same batch and a retried batch carries the same body under the same idempotency key.
 *
 * @example assignBatches({ emails: ['b@x.be', 'a@x.be'], batchSize: 1 }) // [{ email: 'a@x.be', batch: 1 }, { email: 'b@x.be', batch: 2 }]
 */
export function assignBatches<T extends { email: string }>({
  emails,
  batchSize = BATCH_SIZE,
}: {
  emails: T[]
  batchSize?: number
}): Array<T & { batch: number }> {
  return [...emails]
    .sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0))
    .map((entry, index) => ({ ...entry, batch: Math.floor(index / batchSize) + 1 }))
}

/** The key that makes a batch exactly-once at the provider, across retries and restarts. */
export function batchIdempotencyKey({
  sendId,
  batch,
  part = 1,
}: {
  sendId: number | string
  batch: number
  /** A batch longer than the provider's limit goes out in parts, each with its own key. */
  part?: number
}): string {
  return part === 1 ? `send-${sendId}-batch-${batch}` : `send-${sendId}-batch-${batch}-part-${part}`
}

/**
 * Splits rows into chunks of at most `size`, in order: deterministic, so a resumed batch is cut
 * the same way and each part keeps its key and body.
 *
 * @example chunksOf({ items: [1, 2, 3], size: 2 }) // [[1, 2], [3]]
 */
export function chunksOf<T>({ items, size = BATCH_SIZE }: { items: T[]; size?: number }): T[][] {
  const chunks: T[][] = []
  for (let index = 0; index < items.length; index += size)
    chunks.push(items.slice(index, index + size))
  return chunks
}

/** RFC 8058 one-click unsubscribe and RFC 2919 List-Id headers for a newsletter mail. */
export function listHeaders({
  unsubscribeUrl,
  listId,
}: {
  unsubscribeUrl: string
  listId: string
}): Record<string, string> {
  return {
    'List-Unsubscribe': `<${unsubscribeUrl}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'List-Id': `#ActUNIPSO <${listId}>`,
  }
}
