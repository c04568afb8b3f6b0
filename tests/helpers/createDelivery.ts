import type { Payload } from 'payload'

import type { Delivery } from '@/payload-types'

/** One recipient row of a send, written as the system writes it (access off). */
export function createDelivery({
  payload,
  send,
  subscriber,
  batch = 1,
  status,
  providerMessageId,
}: {
  payload: Payload
  send: number | string
  subscriber: { id: number | string; email: string }
  batch?: number
  status: Delivery['status']
  providerMessageId?: string
}) {
  return payload.create({
    collection: 'deliveries',
    data: {
      send: send as number,
      subscriber: subscriber.id as number,
      email: subscriber.email,
      batch,
      status,
      ...(providerMessageId ? { providerMessageId } : {}),
    },
    overrideAccess: true,
  })
}
