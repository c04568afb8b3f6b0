import type { Payload } from 'payload'

import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import type { LocalResendServer } from '@/server/mail/localResend/localResendServer'
import { startLocalResendServer } from '@/server/mail/localResend/localResendServer'
import { requestSubscription } from '@/server/subscribers/subscriptions'

describe('subscriptions (double opt-in, unsubscribe)', () => {
  let context: TestPayload
  let payload: Payload
  let mail: LocalResendServer
  let routes: {
    subscribe: (request: Request) => Promise<Response>
    confirm: (request: Request) => Promise<Response>
    unsubscribeGet: (request: Request) => Promise<Response>
    unsubscribePost: (request: Request) => Promise<Response>
  }

  const form = (fields: Record<string, string>) => {
    const body = new URLSearchParams(fields)
    return new Request('http://localhost:3000/newsletter/inscription', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
  }
  const rows = async (email: string) =>
    (await payload.find({ collection: 'subscribers', where: { email: { equals: email } } })).docs
  const confirmLinkIn = (text: string | undefined) =>
    /(http\S+\/newsletter\/confirmer\?token=\S+)/.exec(text ?? '')?.[1] as string

  beforeAll(async () => {
    mail = await startLocalResendServer()
    process.env.MAIL_LOCAL_PORT = new URL(mail.url).port
    context = await getTestPayload()
    payload = context.payload
    // The route handlers are called as Next calls them; they share this Payload instance.
    const inscription = await import('../../../src/app/newsletter/inscription/route')
    const confirmer = await import('../../../src/app/newsletter/confirmer/route')
    const desinscription = await import('../../../src/app/newsletter/desinscription/route')
    routes = {
      subscribe: inscription.POST,
      confirm: confirmer.GET,
      unsubscribeGet: desinscription.GET,
      unsubscribePost: desinscription.POST,
    }
  })
  beforeEach(() => mail.outbox.clear())
  afterAll(async () => {
    await mail?.close()
    await context?.cleanup()
  })

  it('should record a pending subscriber, mail the confirmation link and activate on click', async () => {
    const response = await routes.subscribe(
      form({ email: ' Anne.Dupont@Federation.be ', firstName: 'Anne', consent: 'on' }),
    )
    const [pending] = await rows('anne.dupont@federation.be')
    const sent = mail.outbox.all()
    const confirmation = await routes.confirm(new Request(confirmLinkIn(sent[0]?.text)))
    const [active] = await rows('anne.dupont@federation.be')
    expect([
      response.status,
      response.headers.get('location'),
      pending?.status,
      sent.map((m) => m.to[0]),
    ]).toEqual([
      303,
      'http://localhost:3000/newsletter/merci',
      'pending',
      ['anne.dupont@federation.be'],
    ])
    expect([
      confirmation.status,
      active?.status,
      active?.consent?.source,
      typeof active?.consent?.confirmedAt,
    ]).toEqual([200, 'active', 'form', 'string'])
  })

  it('should not create a second row nor mail again when an active subscriber signs up again', async () => {
    await routes.subscribe(form({ email: 'ANNE.DUPONT@federation.be', consent: 'on' }))
    expect([(await rows('anne.dupont@federation.be')).length, mail.outbox.all().length]).toEqual([
      1, 0,
    ])
  })

  it('should give the same answer for a known and an unknown address', async () => {
    const known = await routes.subscribe(
      form({ email: 'anne.dupont@federation.be', consent: 'on' }),
    )
    const unknown = await routes.subscribe(form({ email: 'nouveau@federation.be', consent: 'on' }))
    expect([known.status, known.headers.get('location')]).toEqual([
      unknown.status,
      unknown.headers.get('location'),
    ])
  })

  it('should refuse an invalid address or a missing consent, storing nothing', async () => {
    const response = await routes.subscribe(form({ email: 'pas-une-adresse' }))
    expect([
      response.status,
      response.headers.get('location'),
      (await rows('pas-une-adresse')).length,
    ]).toEqual([303, 'http://localhost:3000/newsletter?erreur=email&erreur=consent', 0])
  })

  it('should answer 404 to an unknown or forged confirmation token', async () => {
    const responses = await Promise.all(
      ['', 'abc', '../../etc', `AAAAAAAA.${'x'.repeat(43)}`].map((token) =>
        routes.confirm(
          new Request(`http://localhost/newsletter/confirmer?token=${encodeURIComponent(token)}`),
        ),
      ),
    )
    expect(responses.map((response) => response.status)).toEqual([404, 404, 404, 404])
  })

  it('should not unsubscribe on GET (link scanners), and unsubscribe on POST', async () => {
    const [subscriber] = await rows('anne.dupont@federation.be')
    const url = `http://localhost/newsletter/desinscription?token=${encodeURIComponent(subscriber?.token as string)}`
    const page = await routes.unsubscribeGet(new Request(url))
    const afterGet = (await rows('anne.dupont@federation.be'))[0]?.status
    const body = new URLSearchParams({
      token: subscriber?.token as string,
      reason: 'Trop de courriels',
    })
    const done = await routes.unsubscribePost(
      new Request('http://localhost/newsletter/desinscription', { method: 'POST', body }),
    )
    const [after] = await rows('anne.dupont@federation.be')
    expect([page.status, (await page.text()).includes('Me désinscrire'), afterGet]).toEqual([
      200,
      true,
      'active',
    ])
    expect([
      done.status,
      after?.status,
      after?.unsubscribeReason,
      typeof after?.unsubscribedAt,
    ]).toEqual([200, 'unsubscribed', 'Trop de courriels', 'string'])
  })

  it('should honour an RFC 8058 one-click unsubscribe POST', async () => {
    await payload.create({
      collection: 'subscribers',
      data: { email: 'bob@federation.be', status: 'active' },
    })
    const [bob] = await rows('bob@federation.be')
    const response = await routes.unsubscribePost(
      new Request(
        `http://localhost/newsletter/desinscription?token=${encodeURIComponent(bob?.token as string)}`,
        {
          method: 'POST',
          body: 'List-Unsubscribe=One-Click',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        },
      ),
    )
    expect([response.status, (await rows('bob@federation.be'))[0]?.status]).toEqual([
      200,
      'unsubscribed',
    ])
  })

  it('should let an unsubscribed person come back through confirmation, and never mail a complaint', async () => {
    await requestSubscription({ payload, form: { email: 'bob@federation.be', hasConsented: true } })
    await payload.create({
      collection: 'subscribers',
      data: { email: 'plainte@federation.be', status: 'complained' },
    })
    await requestSubscription({
      payload,
      form: { email: 'plainte@federation.be', hasConsented: true },
    })
    expect([
      (await rows('bob@federation.be'))[0]?.status,
      (await rows('plainte@federation.be'))[0]?.status,
      mail.outbox.all().map((m) => m.to[0]),
    ]).toEqual(['pending', 'complained', ['bob@federation.be']])
  })

  it('should refuse a second row for the same address in another case', async () => {
    const error = await payload
      .create({
        collection: 'subscribers',
        data: { email: 'BOB@federation.be', status: 'pending' },
      })
      .catch((caught: unknown) => caught)
    expect((error as { data?: { errors?: Array<{ path: string }> } }).data?.errors?.[0]?.path).toBe(
      'email',
    )
  })
})
