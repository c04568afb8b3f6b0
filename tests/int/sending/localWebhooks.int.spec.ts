import type { Payload } from 'payload'

import { createAccessUsers, loginAccessUsers } from '../../helpers/accessFixtures'
import type { RestServer } from '../../helpers/restServer'
import { startRestServer } from '../../helpers/restServer'
import { seedDemoContent, seededFebruaryIssue } from '../../helpers/seededDemo'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import type { LocalResendServer } from '@/server/mail/localResend/localResendServer'
import { startLocalResendServer } from '@/server/mail/localResend/localResendServer'
import { outcomeFor } from '@/server/mail/localResend/webhookEmitter'
import { ensureSend, runSend } from '@/server/sending/runSend'
import { webhookSecret } from '@/server/webhooks/webhookSecret'
import { localMailer } from '../../helpers/localMailer'

/**
 * The local Resend-compatible server posts svix-signed events back to the app, as Resend does:
 * after a real send, deliveries end delivered, bounced or complained, and the app suppresses the
 * bounced and complaining subscribers. The secret is the one `npm start` derives without a key.
 */
describe('local server webhooks, end to end', () => {
  let context: TestPayload
  let payload: Payload
  let rest: RestServer
  let mail: LocalResendServer
  let sendId: number | string

  beforeAll(async () => {
    context = await getTestPayload()
    payload = context.payload
    rest = await startRestServer(payload.config)
    mail = await startLocalResendServer({
      requestsPerSecond: 50,
      webhook: { url: `${rest.baseUrl}/api/webhooks/resend`, secret: webhookSecret() },
    })
    await seedDemoContent(payload)
  })
  afterAll(async () => {
    await mail?.close()
    await rest?.close()
    await context?.cleanup()
  })

  it('should tell the outcome of a local mail by its address, like Resend’s test addresses', () => {
    expect(
      [
        'anne@federation.be',
        'bounced@resend.dev',
        'x+bounce@federation.be',
        'complained@resend.dev',
        'bounceur@federation.be',
      ].map(outcomeFor),
    ).toEqual([
      'email.delivered',
      'email.bounced',
      'email.bounced',
      'email.complained',
      'email.delivered',
    ])
  })

  it('should mark deliveries from the posted events and suppress bounces and complaints', async () => {
    const addresses = [
      'anne@federation.be',
      'bruno@federation.be',
      'bounced@federation.be',
      'claire+complained@federation.be',
    ]
    for (const email of addresses)
      await payload.create({
        collection: 'subscribers',
        data: { email, status: 'active' },
        overrideAccess: true,
      })
    const issue = await seededFebruaryIssue(payload)
    sendId = await ensureSend({ payload, issueId: issue?.id as number })
    const mailer = localMailer(mail.url)
    const result = await runSend({ payload, mailer, sendId, requestsPerSecond: 50 })
    await mail.webhooks?.idle()
    const { docs: deliveries } = await payload.find({
      collection: 'deliveries',
      where: { send: { equals: sendId } },
      sort: 'email',
      pagination: false,
      overrideAccess: true,
    })
    const { docs: subscribers } = await payload.find({
      collection: 'subscribers',
      sort: 'email',
      pagination: false,
      overrideAccess: true,
    })
    const events = mail.webhooks?.emitted ?? []
    expect(result).toBe('done')
    expect(deliveries.map((delivery) => [delivery.email, delivery.status])).toEqual([
      ['anne@federation.be', 'delivered'],
      ['bounced@federation.be', 'bounced'],
      ['bruno@federation.be', 'delivered'],
      ['claire+complained@federation.be', 'complained'],
    ])
    expect(subscribers.map((subscriber) => [subscriber.email, subscriber.status])).toEqual([
      ['anne@federation.be', 'active'],
      ['bounced@federation.be', 'bounced'],
      ['bruno@federation.be', 'active'],
      ['claire+complained@federation.be', 'complained'],
    ])
    // Every event was finally accepted (some after a 409 while the sender had not yet written the id).
    const finalStatusById = new Map(events.map((event) => [event.id, event.status]))
    expect([
      finalStatusById.size,
      [...finalStatusById.values()].every((status) => status === 200),
    ]).toEqual([8, true])
  })

  it('should show the send’s live counts, pace and end to communication staff only', async () => {
    const users = await createAccessUsers(payload)
    const headers = await loginAccessUsers({ baseUrl: rest.baseUrl, users })
    const communication = headers.communication.authorization
    const editor = headers.editor.authorization
    const response = await fetch(`${rest.baseUrl}/api/sends/${sendId}/progress`, {
      headers: { authorization: communication },
    })
    const refused = await fetch(`${rest.baseUrl}/api/sends/${sendId}/progress`, {
      headers: { authorization: editor },
    })
    const progress = (await response.json()) as Record<string, unknown>
    expect([response.status, refused.status]).toEqual([200, 403])
    expect([
      progress.total,
      progress.queued,
      progress.delivered,
      progress.bounced,
      progress.complained,
      progress.percent,
      progress.isFinished,
      progress.etaSeconds,
    ]).toEqual([4, 0, 2, 1, 1, 100, true, null])
    expect(typeof progress.mailsPerSecond).toBe('number')
  })

  it('should refuse an event signed with another secret', async () => {
    const other = await startLocalResendServer({
      webhook: {
        url: `${rest.baseUrl}/api/webhooks/resend`,
        secret: `whsec_${Buffer.from('pas-le-bon-secret-du-tout!').toString('base64')}`,
      },
    })
    try {
      const response = await fetch(`${other.url}/emails`, {
        method: 'POST',
        headers: { authorization: 'Bearer re_local', 'content-type': 'application/json' },
        body: JSON.stringify({
          from: 'a@unipso.local',
          to: ['anne@federation.be'],
          subject: 'S',
          text: 'T',
        }),
      })
      await new Promise((resolve) => setTimeout(resolve, 300))
      const first = other.webhooks?.emitted[0]
      expect([response.status, first?.status]).toEqual([200, 401])
    } finally {
      await other.close()
    }
  })
})
