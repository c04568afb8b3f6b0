import type { Endpoint } from 'payload'

import type { ResendWebhookEvent } from '@/domain/webhooks/svixSignature'
import { deliveryStatusFor, verifyWebhook } from '@/domain/webhooks/svixSignature'
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

/**
 * POST /api/webhooks/resend: svix-signed events from Resend (or the local server). Verified, deduplicated
 * by svix-id, applied to the delivery; bounces and complaints suppress the subscriber.
 */
export const resendWebhookEndpoint: Endpoint = {
  path: '/webhooks/resend',
  method: 'post',
  handler: async (req) => {
    const secret = webhookSecret()
    if (!secret)
      return Response.json({ error: 'RESEND_WEBHOOK_SECRET n’est pas configuré.' }, { status: 503 })
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
    let event: ResendWebhookEvent
    try {
      event = JSON.parse(body) as ResendWebhookEvent
    } catch {
      return Response.json({ error: 'invalid JSON' }, { status: 400 })
    }
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
      await req.payload.create({
        collection: 'webhook-events',
        data: { eventId: headers.get('svix-id') as string, type: event.type },
        overrideAccess: true,
      })
    } catch {
      return Response.json({ status: 'duplicate' })
    }
    if (!status || !messageId) return Response.json({ status: 'ignored' })
    if (!delivery) return Response.json({ status: 'unknown message' })
    if ((RANK[status] ?? 0) > (RANK[delivery.status] ?? 0)) {
      await req.payload.update({
        collection: 'deliveries',
        id: delivery.id,
        data: { status },
        overrideAccess: true,
      })
    }
    if (status === 'bounced' || status === 'complained') {
      const subscriberId =
        typeof delivery.subscriber === 'object' ? delivery.subscriber.id : delivery.subscriber
      await req.payload.update({
        collection: 'subscribers',
        id: subscriberId,
        data: { status },
        overrideAccess: true,
      })
    }
    return Response.json({ status: 'applied' })
  },
}
