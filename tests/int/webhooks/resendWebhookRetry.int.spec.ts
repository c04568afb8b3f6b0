import type { CollectionBeforeChangeHook, Payload } from 'payload'

import { createDelivery } from '../../helpers/createDelivery'
import { postResendEvent, testWebhookSecret } from '../../helpers/postResendEvent'
import type { RestServer } from '../../helpers/restServer'
import type { WebhookSpec } from '../../helpers/startWebhookSpec'
import { startWebhookSpec } from '../../helpers/startWebhookSpec'

const SECRET = testWebhookSecret('un-autre-secret-de-test-pour-hmac')

/**
 * An event is recorded as processed only once it has been applied: when applying it fails, the
 * provider's retry (same svix-id, same body) applies it instead of being answered « duplicate ».
 */
describe('POST /api/webhooks/resend, retries', () => {
  let spec: WebhookSpec | undefined
  let payload: Payload
  let rest: RestServer
  let sendId: number

  const post = ({
    id,
    type,
    messageId,
    tags,
  }: {
    id: string
    type: string
    messageId: string
    tags?: Record<string, string>
  }) =>
    postResendEvent({
      baseUrl: rest.baseUrl,
      secret: SECRET,
      id,
      type,
      createdAt: '2026-11-30T10:00:00.000Z',
      data: { email_id: messageId, to: ['x@federation.be'], tags },
    })
  const answer = async (response: Response) =>
    [response.status, ((await response.json()) as { status?: string }).status] as const
  const createSentDelivery = async ({ email, messageId }: { email: string; messageId: string }) => {
    const subscriber = await payload.create({
      collection: 'subscribers',
      data: { email, status: 'active' },
    })
    await createDelivery({
      payload,
      send: sendId,
      subscriber,
      status: 'sent',
      providerMessageId: messageId,
    })
    return subscriber.id
  }
  const subscriberStatus = async (id: number) =>
    (await payload.findByID({ collection: 'subscribers', id })).status
  const isRecorded = async (eventId: string) =>
    (
      await payload.count({
        collection: 'webhook-events',
        where: { eventId: { equals: eventId } },
      })
    ).totalDocs === 1

  beforeAll(async () => {
    spec = await startWebhookSpec({ secret: SECRET, month: '2040-02' })
    ;({ payload, rest, sendId } = spec)
  })
  afterAll(() => spec?.stop())

  it('should apply on the retry a bounce whose first application failed', async () => {
    const subscriberId = await createSentDelivery({ email: 'a@federation.be', messageId: 'msg-a' })
    // The subscriber's update fails once, as a locked database or a crash would.
    const hooks = payload.collections.subscribers.config.hooks.beforeChange
    let isFailing = true
    const failOnce: CollectionBeforeChangeHook = ({ data }) => {
      if (!isFailing) return data
      isFailing = false
      throw new Error('base verrouillée')
    }
    hooks.push(failOnce)
    const first = await post({ id: 'evt-a', type: 'email.bounced', messageId: 'msg-a' })
    const recordedAfterFailure = await isRecorded('evt-a')
    hooks.splice(hooks.indexOf(failOnce), 1)
    const retry = await post({ id: 'evt-a', type: 'email.bounced', messageId: 'msg-a' })
    expect([
      first.status,
      recordedAfterFailure,
      await answer(retry),
      await subscriberStatus(subscriberId),
      await isRecorded('evt-a'),
    ]).toEqual([500, false, [200, 'applied'], 'bounced', true])
  })

  it('should apply on the retry an event that arrived before its delivery was recorded', async () => {
    const early = await post({
      id: 'evt-b',
      type: 'email.bounced',
      messageId: 'msg-b',
      tags: { send: String(sendId) },
    })
    const subscriberId = await createSentDelivery({ email: 'b@federation.be', messageId: 'msg-b' })
    const retry = await post({
      id: 'evt-b',
      type: 'email.bounced',
      messageId: 'msg-b',
      tags: { send: String(sendId) },
    })
    expect([
      await answer(early),
      await answer(retry),
      await subscriberStatus(subscriberId),
    ]).toEqual([[409, 'delivery not recorded yet, retry'], [200, 'applied'], 'bounced'])
  })

  it('should answer a copy of an applied event « duplicate » and change nothing', async () => {
    const subscriberId = await createSentDelivery({ email: 'c@federation.be', messageId: 'msg-c' })
    const applied = await post({ id: 'evt-c', type: 'email.complained', messageId: 'msg-c' })
    await payload.update({
      collection: 'subscribers',
      id: subscriberId,
      data: { status: 'active' },
    })
    const copy = await post({ id: 'evt-c', type: 'email.complained', messageId: 'msg-c' })
    expect([
      await answer(applied),
      await answer(copy),
      await subscriberStatus(subscriberId),
    ]).toEqual([[200, 'applied'], [200, 'duplicate'], 'active'])
  })
})
