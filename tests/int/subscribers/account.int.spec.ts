import type { Payload } from 'payload'

import { createDelivery } from '../../helpers/createDelivery'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import { ERASURE_LINK_DAYS } from '@/domain/subscribers/account'
import { hashToken } from '@/domain/security/tokenHash'
import type { LocalResendServer } from '@/server/mail/localResend/localResendServer'
import { startLocalResendServer } from '@/server/mail/localResend/localResendServer'
import { outboxSettled } from '@/server/mail/outbox'
import { exportSubscriberData } from '@/server/subscribers/gdpr'
import type { Subscriber } from '@/payload-types'

type Route = (request: Request) => Promise<Response>

/** Mail scanners and link previewers that follow links in mails on their own (GET and HEAD). */
const SCANNER_AGENTS = [
  'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0) Microsoft Office SafeLinks',
  'Proofpoint URL Defense/1.0',
  'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)',
  'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
  'curl/8.5.0',
]

/**
 * The subscriber's own page, called as Next calls its route handlers, on a real SQLite database
 * and the local Resend-compatible server for the erasure mail.
 */
describe('the subscriber’s own page (/newsletter/abonnement)', () => {
  let context: TestPayload
  let payload: Payload
  let mail: LocalResendServer
  let routes: {
    page: { GET: Route; HEAD: Route; POST: Route }
    data: { GET: Route; HEAD: Route }
    askErasure: { POST: Route }
    erase: { GET: Route; HEAD: Route; POST: Route }
  }
  let sendId: number | string

  const base = 'http://localhost:3000'
  const get = (route: Route, path: string, token: string, agent?: string, method = 'GET') =>
    route(
      new Request(`${base}${path}?token=${encodeURIComponent(token)}`, {
        method,
        headers: agent ? { 'user-agent': agent } : {},
      }),
    )
  const post = (route: Route, path: string, fields: Record<string, string>) =>
    route(
      new Request(`${base}${path}`, {
        method: 'POST',
        body: new URLSearchParams(fields),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    )
  const reload = (id: number | string) =>
    payload.findByID({ collection: 'subscribers', id, overrideAccess: true, disableErrors: true })
  const makeSubscriber = async (email: string, status: Subscriber['status'] = 'active') =>
    payload.create({
      collection: 'subscribers',
      data: {
        email,
        firstName: 'Anne',
        lastName: 'Dupont',
        organisation: 'Fédération X',
        status,
        consent: {
          at: '2026-03-02T09:15:00.000Z',
          source: 'form',
          detail: 'Formulaire /newsletter',
          ...(status === 'active' ? { confirmedAt: '2026-03-02T09:20:00.000Z' } : {}),
        },
      },
      overrideAccess: true,
    })
  /** The erasure link of the newest erasure mail queued for an address. */
  const erasureLinkFor = async (email: string) => {
    const rows = await payload.find({
      collection: 'outgoing-mails',
      where: { to: { equals: email }, kind: { equals: 'erasure-confirmation' } },
      sort: '-id',
      overrideAccess: true,
    })
    const text = (rows.docs[0]?.message as { text?: string } | undefined)?.text ?? ''
    const url = /(http\S+\/newsletter\/effacement\?token=\S+)/.exec(text)?.[1]
    return {
      count: rows.totalDocs,
      token: url ? (new URL(url).searchParams.get('token') as string) : '',
    }
  }
  const askErasure = async (token: string) => {
    const response = await post(routes.askErasure.POST, '/newsletter/abonnement/effacement', {
      token,
    })
    await outboxSettled()
    return response
  }

  beforeAll(async () => {
    mail = await startLocalResendServer()
    process.env.MAIL_LOCAL_PORT = new URL(mail.url).port
    context = await getTestPayload()
    payload = context.payload
    const page = await import('../../../src/app/newsletter/abonnement/route')
    const data = await import('../../../src/app/newsletter/abonnement/donnees/route')
    const askErasure = await import('../../../src/app/newsletter/abonnement/effacement/route')
    const erase = await import('../../../src/app/newsletter/effacement/route')
    routes = { page, data, askErasure, erase }
    const issue = await payload.create({
      collection: 'issues',
      data: { number: 901, month: '2031-02', subject: 'Numéro compte' } as never,
      overrideAccess: true,
    })
    sendId = (
      await payload.create({
        collection: 'sends',
        data: { issue: issue.id, label: 'Février 2031', status: 'sending' } as never,
        overrideAccess: true,
      })
    ).id
  })
  afterAll(async () => {
    await outboxSettled()
    await mail?.close()
    await context?.cleanup()
  })

  it('should show what is held: address, names, organisation, status and consent record', async () => {
    const anne = await makeSubscriber('anne.page@federation.be')
    const response = await get(routes.page.GET, '/newsletter/abonnement', anne.token as string)
    const html = await response.text()
    expect([
      response.status,
      response.headers.get('cache-control'),
      response.headers.get('referrer-policy'),
      html.includes('<dt>Adresse</dt><dd>anne.page@federation.be</dd>'),
      html.includes('<dt>Organisation</dt><dd>Fédération X</dd>'),
      html.includes('<dt>Statut</dt><dd>Abonné</dd>'),
      html.includes(
        '<dt>Origine du consentement</dt><dd>Formulaire du site — Formulaire /newsletter</dd>',
      ),
      html.includes('<dt>Inscription confirmée le</dt><dd>2 mars 2026 à 10:20</dd>'),
    ]).toEqual([200, 'no-store', 'no-referrer', true, true, true, true, true])
  })

  it('should answer an unknown, truncated or erasure token with the same French 404', async () => {
    const anne = await makeSubscriber('anne.unknown@federation.be')
    const token = anne.token as string
    const answers = await Promise.all(
      ['', 'nimporte-quoi', token.slice(0, -1), `${token.slice(0, 9)}${'A'.repeat(43)}`].map(
        async (value) => {
          const response = await get(routes.page.GET, '/newsletter/abonnement', value)
          return [response.status, (await response.text()).includes('Lien non valide')]
        },
      ),
    )
    expect(answers).toEqual([
      [404, true],
      [404, true],
      [404, true],
      [404, true],
    ])
  })

  it('should change nothing, and never confirm, when scanners follow the link with GET and HEAD', async () => {
    const pending = await makeSubscriber('paul.pending@federation.be', 'pending')
    const token = pending.token as string
    for (const agent of SCANNER_AGENTS) {
      await get(routes.page.GET, '/newsletter/abonnement', token, agent)
      await get(routes.page.HEAD, '/newsletter/abonnement', token, agent, 'HEAD')
      await get(routes.data.GET, '/newsletter/abonnement/donnees', token, agent)
      await get(routes.data.HEAD, '/newsletter/abonnement/donnees', token, agent, 'HEAD')
    }
    const after = await reload(pending.id)
    const tokens = await payload.count({
      collection: 'subscriber-tokens',
      where: { subscriber: { equals: pending.id } },
      overrideAccess: true,
    })
    expect([
      after?.status,
      after?.consent?.confirmedAt ?? null,
      after?.updatedAt === pending.updatedAt,
      tokens.totalDocs,
    ]).toEqual(['pending', null, true, 0])
  })

  it('should change names and organisation, and nothing else, on POST', async () => {
    const anne = await makeSubscriber('anne.names@federation.be')
    const response = await post(routes.page.POST, '/newsletter/abonnement', {
      token: anne.token as string,
      firstName: '  Anne-Marie ',
      lastName: 'D’Hondt',
      organisation: '',
      email: 'pirate@example.org',
      status: 'unsubscribed',
    })
    const after = await reload(anne.id)
    expect([
      response.status,
      response.headers.get('location'),
      after?.firstName,
      after?.lastName,
      after?.organisation ?? null,
      after?.email,
      after?.status,
      after?.token === anne.token,
    ]).toEqual([
      303,
      `http://localhost:3000/newsletter/abonnement?token=${encodeURIComponent(anne.token as string)}&fait=profil`,
      'Anne-Marie',
      'D’Hondt',
      null,
      'anne.names@federation.be',
      'active',
      true,
    ])
  })

  it('should refuse a name over 120 characters with a French 400 and change nothing', async () => {
    const anne = await makeSubscriber('anne.long@federation.be')
    const response = await post(routes.page.POST, '/newsletter/abonnement', {
      token: anne.token as string,
      firstName: 'A'.repeat(121),
    })
    expect([
      response.status,
      (await response.text()).includes('Prénom : 120 caractères au plus (121 reçus).'),
      (await reload(anne.id))?.firstName,
    ]).toEqual([400, true, 'Anne'])
  })

  it('should answer a names POST with a wrong token 404 and change nobody', async () => {
    const response = await post(routes.page.POST, '/newsletter/abonnement', {
      token: 'AAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      firstName: 'Pirate',
    })
    const pirates = await payload.count({
      collection: 'subscribers',
      where: { firstName: { equals: 'Pirate' } },
      overrideAccess: true,
    })
    expect([response.status, pirates.totalDocs]).toEqual([404, 0])
  })

  it('should download the same JSON as the staff export, as a file nobody caches', async () => {
    const anne = await makeSubscriber('anne.data@federation.be')
    await createDelivery({ payload, send: sendId, subscriber: anne, batch: 0, status: 'delivered' })
    const response = await get(
      routes.data.GET,
      '/newsletter/abonnement/donnees',
      anne.token as string,
    )
    const head = await get(
      routes.data.HEAD,
      '/newsletter/abonnement/donnees',
      anne.token as string,
      undefined,
      'HEAD',
    )
    const downloaded = (await response.json()) as Record<string, unknown>
    const staff = (await exportSubscriberData(payload, anne.id)) as Record<string, unknown>
    const { exportedAt: _downloadedAt, ...mine } = downloaded
    const { exportedAt: _staffAt, ...theirs } = staff
    expect([
      response.headers.get('content-type'),
      response.headers.get('content-disposition'),
      response.headers.get('cache-control'),
      mine,
      head.status,
      await head.text(),
    ]).toEqual([
      'application/json; charset=utf-8',
      'attachment; filename="mes-donnees-actunipso.json"',
      'no-store',
      theirs,
      200,
      '',
    ])
  })

  it('should mail a single-use erasure link valid 7 days, stored as lookup and hash only', async () => {
    const anne = await makeSubscriber('anne.erase-mail@federation.be')
    const before = Date.now()
    const response = await askErasure(anne.token as string)
    const link = await erasureLinkFor('anne.erase-mail@federation.be')
    const rows = await payload.find({
      collection: 'subscriber-tokens',
      where: { subscriber: { equals: anne.id } },
      overrideAccess: true,
    })
    const row = rows.docs[0]
    const days = (Date.parse(row?.expiresAt as string) - before) / 86_400_000
    const queued = await payload.find({
      collection: 'outgoing-mails',
      where: { to: { equals: anne.email } },
      overrideAccess: true,
    })
    expect([
      response.status,
      response.headers.get('location')?.endsWith('&fait=effacement'),
      rows.totalDocs,
      row?.purpose,
      row?.tokenHash === hashToken(link.token),
      JSON.stringify(row).includes(link.token),
      Math.round(days),
      queued.docs.map((entry) => [entry.kind, entry.subject]),
      (await reload(anne.id))?.status,
    ]).toEqual([
      303,
      true,
      1,
      'erase',
      true,
      false,
      ERASURE_LINK_DAYS,
      [['erasure-confirmation', 'Confirmez l’effacement de vos données (#ActUNIPSO)']],
      'active',
    ])
  })

  it('should send one erasure mail per 15 minutes, and say so', async () => {
    const anne = await makeSubscriber('anne.twice@federation.be')
    await askErasure(anne.token as string)
    const again = await askErasure(anne.token as string)
    expect([
      again.headers.get('location')?.endsWith('&fait=effacement-deja'),
      (await erasureLinkFor('anne.twice@federation.be')).count,
    ]).toEqual([true, 1])
  })

  it('should erase nothing when scanners follow the erasure link, and show one button', async () => {
    const anne = await makeSubscriber('anne.scanned@federation.be')
    await askErasure(anne.token as string)
    const { token } = await erasureLinkFor('anne.scanned@federation.be')
    let html = ''
    for (const agent of SCANNER_AGENTS) {
      html = await (await get(routes.erase.GET, '/newsletter/effacement', token, agent)).text()
      await get(routes.erase.HEAD, '/newsletter/effacement', token, agent, 'HEAD')
    }
    expect([
      (await reload(anne.id))?.email,
      html.match(/<button/g)?.length,
      html.includes('action="/newsletter/effacement"'),
    ]).toEqual(['anne.scanned@federation.be', 1, true])
  })

  it('should keep each token to its purpose: the erasure link opens no page, the newsletter link erases nothing', async () => {
    const anne = await makeSubscriber('anne.purpose@federation.be')
    await askErasure(anne.token as string)
    const { token } = await erasureLinkFor('anne.purpose@federation.be')
    const pageWithEraseToken = await get(routes.page.GET, '/newsletter/abonnement', token)
    const eraseWithNewsletterToken = await post(routes.erase.POST, '/newsletter/effacement', {
      token: anne.token as string,
    })
    expect([
      pageWithEraseToken.status,
      eraseWithNewsletterToken.status,
      (await reload(anne.id))?.email,
    ]).toEqual([404, 404, 'anne.purpose@federation.be'])
  })

  it('should erase on the button’s POST, keep only the suppression hash, and find nothing the second time', async () => {
    const anne = await makeSubscriber('anne.erased@federation.be')
    await createDelivery({ payload, send: sendId, subscriber: anne, batch: 0, status: 'delivered' })
    await askErasure(anne.token as string)
    const { token } = await erasureLinkFor('anne.erased@federation.be')
    const response = await post(routes.erase.POST, '/newsletter/effacement', { token })
    const html = await response.text()
    const again = await post(routes.erase.POST, '/newsletter/effacement', { token })
    const left = await Promise.all([
      payload.count({
        collection: 'deliveries',
        where: { email: { equals: 'anne.erased@federation.be' } },
        overrideAccess: true,
      }),
      payload.count({
        collection: 'subscriber-tokens',
        where: { subscriber: { equals: anne.id } },
        overrideAccess: true,
      }),
      payload.count({ collection: 'suppressions', overrideAccess: true }),
    ])
    const oldPage = await get(routes.page.GET, '/newsletter/abonnement', anne.token as string)
    expect([
      response.status,
      html.includes('Vos données ont été effacées'),
      await reload(anne.id),
      left.map((count) => count.totalDocs),
      again.status,
      oldPage.status,
    ]).toEqual([200, true, null, [0, 0, 1], 404, 404])
  })

  it('should refuse an expired erasure link with a French 410 and erase nothing', async () => {
    const anne = await makeSubscriber('anne.expired@federation.be')
    await askErasure(anne.token as string)
    const { token } = await erasureLinkFor('anne.expired@federation.be')
    await payload.update({
      collection: 'subscriber-tokens',
      where: { subscriber: { equals: anne.id } },
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    const page = await get(routes.erase.GET, '/newsletter/effacement', token)
    const response = await post(routes.erase.POST, '/newsletter/effacement', { token })
    expect([
      page.status,
      response.status,
      (await response.text()).includes('Lien expiré'),
      (await reload(anne.id))?.email,
    ]).toEqual([410, 410, true, 'anne.expired@federation.be'])
  })

  it('should put off an erasure while a send still has to mail the person, and keep the link valid', async () => {
    const anne = await makeSubscriber('anne.queued@federation.be')
    const delivery = await createDelivery({
      payload,
      send: sendId,
      subscriber: anne,
      batch: 0,
      status: 'queued',
    })
    await askErasure(anne.token as string)
    const { token } = await erasureLinkFor('anne.queued@federation.be')
    const refused = await post(routes.erase.POST, '/newsletter/effacement', { token })
    const refusedHtml = await refused.text()
    await payload.update({
      collection: 'deliveries',
      id: delivery.id,
      data: { status: 'delivered' },
      overrideAccess: true,
    })
    const later = await post(routes.erase.POST, '/newsletter/effacement', { token })
    expect([
      refused.status,
      refusedHtml.includes('en train d’être envoyé'),
      later.status,
      await reload(anne.id),
    ]).toEqual([409, true, 200, null])
  })
})
