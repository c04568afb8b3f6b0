import type { Payload } from 'payload'

import { createAccessUsers, loginAccessUsers } from '../../helpers/accessFixtures'
import type { RestServer } from '../../helpers/restServer'
import { startRestServer } from '../../helpers/restServer'
import type { SilentServer } from '../../helpers/silentServer'
import { startSilentServer } from '../../helpers/silentServer'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import { subscriptionRequestsSettled } from '@/server/subscribers/subscriptions'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The app's mail provider accepts connections and never answers. The form and the member-link
 * button still answer: requests queue their mail and never wait for the mailer (whose time would
 * otherwise tell a known address from a new one).
 */
describe('requests never wait for the mailer', () => {
  let context: TestPayload
  let payload: Payload
  let silent: SilentServer
  let rest: RestServer

  /** Waits until the background drain has reached the silent provider (it never gets an answer). */
  const providerReached = async (connections: number) => {
    for (let poll = 0; poll < 100 && silent.connections() <= connections; poll += 1)
      await sleep(100)
    return silent.connections() > connections
  }

  beforeAll(async () => {
    silent = await startSilentServer()
    process.env.MAIL_LOCAL_PORT = new URL(silent.url).port
    context = await getTestPayload()
    payload = context.payload
    rest = await startRestServer(payload.config)
  })
  afterAll(async () => {
    await rest?.close()
    await silent?.close()
    await context?.cleanup()
  })

  it('should answer the subscription form while the confirmation mail waits for the provider', async () => {
    const { POST } = await import('../../../src/app/newsletter/inscription/route')
    const before = silent.connections()
    const response = await POST(
      new Request('http://localhost:3000/newsletter/inscription', {
        method: 'POST',
        body: new URLSearchParams({ email: 'nouvelle@federation.be', consent: 'on' }),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    )
    await subscriptionRequestsSettled()
    const isReached = await providerReached(before)
    const queued = await payload.find({
      collection: 'outgoing-mails',
      where: { to: { equals: 'nouvelle@federation.be' } },
      depth: 0,
      overrideAccess: true,
    })
    expect([response.status, isReached, queued.docs.map((row) => row.status)]).toEqual([
      303,
      true,
      ['queued'],
    ])
  }, 60_000)

  it('should answer « Envoyer son lien » while the member’s mail waits for the provider', async () => {
    const users = await createAccessUsers(payload)
    const { communication } = await loginAccessUsers({ baseUrl: rest.baseUrl, users })
    const member = await payload.create({
      collection: 'members',
      data: { name: 'Anne Membre', email: 'anne.membre@federation.be' },
      overrideAccess: true,
    })
    const response = await fetch(`${rest.baseUrl}/api/members/${member.id}/send-link`, {
      method: 'POST',
      headers: communication,
    })
    const queued = await payload.find({
      collection: 'outgoing-mails',
      where: { to: { equals: 'anne.membre@federation.be' } },
      depth: 0,
      overrideAccess: true,
    })
    // The background drain is still waiting for the provider about the first test's mail.
    expect([response.status, queued.docs.map((row) => [row.kind, row.status])]).toEqual([
      202,
      [['member-link', 'queued']],
    ])
  }, 60_000)
})
