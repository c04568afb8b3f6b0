import type { Payload } from 'payload'

import { createDelivery } from '../../helpers/createDelivery'
import { postResendEvent, testWebhookSecret } from '../../helpers/postResendEvent'
import type { RestServer } from '../../helpers/restServer'
import type { WebhookSpec } from '../../helpers/startWebhookSpec'
import { startWebhookSpec } from '../../helpers/startWebhookSpec'

const SECRET = testWebhookSecret('un-secret-de-test-assez-long-pour-hmac')

describe('POST /api/webhooks/resend', () => {
  let spec: WebhookSpec | undefined
  let payload: Payload
  let rest: RestServer
  let deliveryId: number
  let subscriberId: number

  const post = ({
    id,
    type,
    messageId = 'msg-1',
    timestamp = Math.floor(Date.now() / 1000),
    secret = SECRET,
  }: {
    id: string
    type: string
    messageId?: string
    timestamp?: number
    secret?: string
  }) => {
    return postResendEvent({
      baseUrl: rest.baseUrl,
      secret,
      id,
      type,
      timestamp,
      data: { email_id: messageId, to: ['anne@federation.be'] },
    })
  }

  beforeAll(async () => {
    spec = await startWebhookSpec({ secret: SECRET, month: '2040-01' })
    ;({ payload, rest } = spec)
    const subscriber = await payload.create({
      collection: 'subscribers',
      data: { email: 'anne@federation.be', status: 'active' },
    })
    const delivery = await createDelivery({
      payload,
      send: spec.sendId,
      subscriber,
      status: 'sent',
      providerMessageId: 'msg-1',
    })
    deliveryId = delivery.id
    subscriberId = subscriber.id
  })
  afterAll(() => spec?.stop())

  it('should mark a delivery delivered from a signed event', async () => {
    const response = await post({ id: 'evt-1', type: 'email.delivered' })
    const delivery = await payload.findByID({ collection: 'deliveries', id: deliveryId })
    expect([response.status, delivery.status]).toEqual([200, 'delivered'])
  })

  it('should refuse a forged signature, a stale timestamp and missing headers', async () => {
    const forged = await post({
      id: 'evt-2',
      type: 'email.bounced',
      secret: testWebhookSecret('autre-secret-pas-le-bon-du-tout'),
    })
    const stale = await post({
      id: 'evt-3',
      type: 'email.bounced',
      timestamp: Math.floor(Date.now() / 1000) - 3600,
    })
    const bare = await fetch(`${rest.baseUrl}/api/webhooks/resend`, { method: 'POST', body: '{}' })
    const subscriber = await payload.findByID({ collection: 'subscribers', id: subscriberId })
    expect([forged.status, stale.status, bare.status, subscriber.status]).toEqual([
      401,
      401,
      401,
      'active',
    ])
  })

  it('should ignore a replayed event id', async () => {
    const replay = await post({ id: 'evt-1', type: 'email.bounced' })
    const body = (await replay.json()) as { status: string }
    const delivery = await payload.findByID({ collection: 'deliveries', id: deliveryId })
    expect([replay.status, body.status, delivery.status]).toEqual([200, 'duplicate', 'delivered'])
  })

  it('should suppress a bounced subscriber', async () => {
    await post({ id: 'evt-4', type: 'email.bounced' })
    const [delivery, subscriber] = await Promise.all([
      payload.findByID({ collection: 'deliveries', id: deliveryId }),
      payload.findByID({ collection: 'subscribers', id: subscriberId }),
    ])
    expect([delivery.status, subscriber.status]).toEqual(['bounced', 'bounced'])
  })
})
