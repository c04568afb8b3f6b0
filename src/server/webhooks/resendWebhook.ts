import type { Endpoint, Payload, PayloadRequest } from 'payload'

import type { Delivery } from '@/payload-types'
import { relationId } from '@/domain/content/relationId'
import { parseResendEvent } from '@/domain/webhooks/resendEvent'
import { deliveryStatusFor, verifyWebhook } from '@/domain/webhooks/svixSignature'
import { withTransaction } from '../database/withTransaction'
import { webhookSecret } from './webhookSecret'

/** Later events never move a delivery back: a "sent" arriving after "delivered" changes nothing. */
const RANK: Record<string, number> = {
  queued: 0,
  sent: 1,
  failed: 1,
  delivered: 2,
  bounced: 3,
  complained: 3,
}

type TrackedStatus = NonNullable<ReturnType<typeof deliveryStatusFor>>

async function isRecorded(payload: Payload, eventId: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'webhook-events',
    where: { eventId: { equals: eventId } },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * Applies one event to its delivery and subscriber. Idempotent, so that an event applied but not
 * recorded (a crash in between, two copies at once) can safely be applied again.
 */
async function applyEvent({
  req,
  delivery,
  status,
}: {
  req: PayloadRequest
  delivery: Delivery
  status: TrackedStatus
}): Promise<void> {
  const { payload } = req
  if ((RANK[status] ?? 0) > (RANK[delivery.status] ?? 0)) {
    await payload.update({
      collection: 'deliveries',
      id: delivery.id,
      data: { status },
      req,
      overrideAccess: true,
    })
  }
  if (status === 'bounced' || status === 'complained') {
    const subscriberId = relationId(delivery.subscriber)
    await payload.update({
      collection: 'subscribers',
      id: subscriberId,
      data: { status },
      req,
      overrideAccess: true,
    })
  }
}

/**
 * POST /api/webhooks/resend: svix-signed events from Resend (or the local server). Verified, then
 * applied to the delivery (bounces and complaints suppress the subscriber), and only then recorded
 * by svix-id: an event whose application failed is not spent, so the provider's retry applies it;
 * a copy of an event already applied and recorded is answered « duplicate » and changes nothing.
 */
export const resendWebhookEndpoint: Endpoint = {
  path: '/webhooks/resend',
  method: 'post',
  handler: async (req) => {
    const secret = webhookSecret()
    const body = req.text ? await req.text() : ''
    const headers = req.headers
    const verdict = verifyWebhook({
      secret,
      id: headers.get('svix-id'),
      timestamp: headers.get('svix-timestamp'),
      signatures: headers.get('svix-signature'),
      body,
    })
    if (!verdict.isValid) {
      req.payload.logger.warn({ msg: 'Webhook refusé', reason: verdict.reason })
      return Response.json({ error: 'invalid signature' }, { status: 401 })
    }
    const event = parseResendEvent(body)
    if (!event)
      return Response.json(
        { error: 'Évènement illisible : un objet JSON avec son « type » est attendu.' },
        { status: 400 },
      )
    // A valid signature implies the header is there.
    const eventId = headers.get('svix-id') as string
    if (await isRecorded(req.payload, eventId)) return Response.json({ status: 'duplicate' })
    const status = deliveryStatusFor(event.type)
    const messageId = event.data?.email_id
    const delivery =
      status && messageId
        ? (
            await req.payload.find({
              collection: 'deliveries',
              where: { providerMessageId: { equals: messageId } },
              limit: 1,
              depth: 0,
              overrideAccess: true,
            })
          ).docs[0]
        : undefined
    if (!delivery && status && event.data?.tags?.send) {
      // The provider can call before the sender has written the message id of a newsletter mail:
      // answering non-2xx makes it retry later (svix does), and the event id is not spent yet.
      return Response.json({ status: 'delivery not recorded yet, retry' }, { status: 409 })
    }
    try {
      // One step: where the database has transactions, the change and the record commit together;
      // where it has none (SQLite), the record is written only once the change is.
      await withTransaction(req.payload, async (txReq) => {
        if (status && delivery) await applyEvent({ req: txReq, delivery, status })
        await req.payload.create({
          collection: 'webhook-events',
          data: { eventId, type: event.type },
          req: txReq,
          overrideAccess: true,
        })
      })
    } catch (error) {
      // A copy delivered at the same time recorded it first: it was applied, nothing is lost.
      if (await isRecorded(req.payload, eventId)) return Response.json({ status: 'duplicate' })
      req.payload.logger.error({ err: error, msg: 'Webhook non appliqué', eventId })
      return Response.json(
        { error: 'Évènement non appliqué : il sera appliqué à la prochaine tentative.' },
        { status: 500 },
      )
    }
    if (!status || !messageId) return Response.json({ status: 'ignored' })
    if (!delivery) return Response.json({ status: 'unknown message' })
    return Response.json({ status: 'applied' })
  },
}
