import type { Payload } from 'payload'

import type { Delivery } from '@/payload-types'

import type { AccessUsers } from '../../helpers/accessFixtures'
import { createAccessUsers, loginAccessUsers } from '../../helpers/accessFixtures'
import { queuedConfirmationLink } from '../../helpers/confirmationLink'
import { createDelivery } from '../../helpers/createDelivery'
import { localMailer } from '../../helpers/localMailer'
import type { RestServer } from '../../helpers/restServer'
import { startRestServer } from '../../helpers/restServer'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import type { LocalResendServer } from '@/server/mail/localResend/localResendServer'
import { startLocalResendServer } from '@/server/mail/localResend/localResendServer'
import { suppressionHash } from '@/domain/subscribers/suppression'
import { drainOutbox } from '@/server/mail/outbox'
import { importSubscribers } from '@/server/subscribers/importSubscribers'
import { confirmSubscription, requestSubscription } from '@/server/subscribers/subscriptions'

/** GDPR: one person's data exported, then erased with only a suppression hash left. */
describe('GDPR export and erasure of a subscriber', () => {
  let context: TestPayload
  let payload: Payload
  let rest: RestServer
  let users: AccessUsers
  let communication: string
  let editor: string
  let sendId: number | string
  let mail: LocalResendServer

  const subscriberFor = async (email: string) =>
    (
      await payload.find({
        collection: 'subscribers',
        where: { email: { equals: email } },
        overrideAccess: true,
      })
    ).docs[0]
  const makeSubscriber = async (email: string) =>
    payload.create({
      collection: 'subscribers',
      data: { email, firstName: 'Anne', organisation: 'Fédération X', status: 'active' },
      overrideAccess: true,
    })

  beforeAll(async () => {
    mail = await startLocalResendServer()
    process.env.MAIL_LOCAL_PORT = new URL(mail.url).port
    context = await getTestPayload()
    payload = context.payload
    users = await createAccessUsers(payload)
    rest = await startRestServer(payload.config)
    const headers = await loginAccessUsers({ baseUrl: rest.baseUrl, users })
    communication = headers.communication.authorization
    editor = headers.editor.authorization
    const issue = await payload.create({
      collection: 'issues',
      data: { number: 900, month: '2031-01', subject: 'Numéro RGPD' } as never,
      overrideAccess: true,
    })
    const send = await payload.create({
      collection: 'sends',
      data: { issue: issue.id, label: 'Janvier 2031', status: 'done' } as never,
      overrideAccess: true,
    })
    sendId = send.id
  })
  afterAll(async () => {
    await rest?.close()
    await mail?.close()
    await context?.cleanup()
  })

  const addDelivery = async (
    subscriber: { id: number | string; email: string },
    status: Delivery['status'],
  ) => createDelivery({ payload, send: sendId, subscriber, batch: 0, status })

  it('should export everything held about one person, to communication staff only', async () => {
    const anne = await makeSubscriber('anne.export@federation.be')
    await addDelivery(anne, 'delivered')
    const forEditor = await fetch(`${rest.baseUrl}/api/subscribers/${anne.id}/export`, {
      headers: { authorization: editor },
    })
    const anonymous = await fetch(`${rest.baseUrl}/api/subscribers/${anne.id}/export`)
    const response = await fetch(`${rest.baseUrl}/api/subscribers/${anne.id}/export`, {
      headers: { authorization: communication },
    })
    const data = (await response.json()) as {
      subscriber: Record<string, unknown>
      deliveries: Array<Record<string, unknown>>
    }
    expect([
      forEditor.status,
      anonymous.status,
      response.status,
      response.headers.get('content-disposition'),
    ]).toEqual([403, 403, 200, 'attachment; filename="donnees-abonne.json"'])
    expect([
      data.subscriber.email,
      data.subscriber.organisation,
      data.deliveries.map((delivery) => [delivery.send, delivery.status]),
    ]).toEqual(['anne.export@federation.be', 'Fédération X', [['Janvier 2031', 'delivered']]])
    expect(Object.keys(data.subscriber)).not.toContain('token')
  })

  it('should refuse an erasure whose confirmation does not repeat the address', async () => {
    const bob = await makeSubscriber('bob@federation.be')
    const response = await fetch(`${rest.baseUrl}/api/subscribers/${bob.id}/erase`, {
      method: 'POST',
      headers: { authorization: communication, 'content-type': 'application/json' },
      body: JSON.stringify({ confirmEmail: 'autre@federation.be' }),
    })
    expect([
      response.status,
      ((await response.json()) as { error: string }).error,
      (await subscriberFor('bob@federation.be'))?.status,
    ]).toEqual([
      400,
      'Pour confirmer, recopiez exactement l’adresse de la personne à effacer.',
      'active',
    ])
  })

  it('should refuse editors and anonymous visitors', async () => {
    const carla = await makeSubscriber('carla@federation.be')
    const statuses = await Promise.all(
      [editor, undefined].map(async (authorization) => {
        const response = await fetch(`${rest.baseUrl}/api/subscribers/${carla.id}/erase`, {
          method: 'POST',
          headers: {
            ...(authorization ? { authorization } : {}),
            'content-type': 'application/json',
          },
          body: JSON.stringify({ confirmEmail: 'carla@federation.be' }),
        })
        return response.status
      }),
    )
    expect([statuses, (await subscriberFor('carla@federation.be'))?.status]).toEqual([
      [403, 403],
      'active',
    ])
  })

  it('should erase the person and their delivery log, keeping only a hash that blocks imports', async () => {
    const dora = await makeSubscriber('dora@federation.be')
    await addDelivery(dora, 'delivered')
    const response = await fetch(`${rest.baseUrl}/api/subscribers/${dora.id}/erase`, {
      method: 'POST',
      headers: { authorization: communication, 'content-type': 'application/json' },
      body: JSON.stringify({ confirmEmail: ' Dora@Federation.be ' }),
    })
    const deliveries = await payload.count({
      collection: 'deliveries',
      where: { email: { equals: 'dora@federation.be' } },
      overrideAccess: true,
    })
    const suppressions = await payload.find({ collection: 'suppressions', overrideAccess: true })
    const report = await importSubscribers({
      payload,
      csvText: 'email;prénom\nDORA@federation.be;Dora\nnouveau@federation.be;Noé',
      fileName: 'relance.csv',
      consentSource: 'Liste de relance, consentement écrit',
    })
    expect([
      response.status,
      await subscriberFor('dora@federation.be'),
      deliveries.totalDocs,
    ]).toEqual([200, undefined, 0])
    expect(suppressions.docs.map((doc) => doc.emailHash)).toEqual([
      suppressionHash('dora@federation.be'),
    ])
    expect(JSON.stringify(suppressions.docs)).not.toContain('dora')
    expect([report.created, report.rejected]).toEqual([
      1,
      [
        {
          line: 2,
          email: 'dora@federation.be',
          reason:
            'effacé à sa demande (RGPD) : seul un nouvel abonnement par le formulaire peut le réinscrire',
        },
      ],
    ])
  })

  it('should refuse to erase someone a running send has still to mail', async () => {
    const emma = await makeSubscriber('emma@federation.be')
    await addDelivery(emma, 'queued')
    const response = await fetch(`${rest.baseUrl}/api/subscribers/${emma.id}/erase`, {
      method: 'POST',
      headers: { authorization: communication, 'content-type': 'application/json' },
      body: JSON.stringify({ confirmEmail: 'emma@federation.be' }),
    })
    expect([response.status, (await subscriberFor('emma@federation.be'))?.status]).toEqual([
      409,
      'active',
    ])
  })

  it('should lift the suppression when the person subscribes again and confirms', async () => {
    const fanny = await makeSubscriber('fanny@federation.be')
    await fetch(`${rest.baseUrl}/api/subscribers/${fanny.id}/erase`, {
      method: 'POST',
      headers: { authorization: communication, 'content-type': 'application/json' },
      body: JSON.stringify({ confirmEmail: 'fanny@federation.be' }),
    })
    const hashBefore = await payload.count({
      collection: 'suppressions',
      where: { emailHash: { equals: suppressionHash('fanny@federation.be') } },
      overrideAccess: true,
    })
    await requestSubscription({
      payload,
      form: { email: 'fanny@federation.be', hasConsented: true },
    })
    await drainOutbox({ payload, mailer: localMailer(mail.url) })
    const link = await queuedConfirmationLink(payload, 'fanny@federation.be')
    const result = await confirmSubscription({ payload, token: link?.token ?? null })
    const hashAfter = await payload.count({
      collection: 'suppressions',
      where: { emailHash: { equals: suppressionHash('fanny@federation.be') } },
      overrideAccess: true,
    })
    const confirmationMails = mail.outbox
      .all()
      .filter((sent) => sent.to.includes('fanny@federation.be'))
    expect([hashBefore.totalDocs, confirmationMails.length, result, hashAfter.totalDocs]).toEqual([
      1,
      1,
      'confirmed',
      0,
    ])
  })
})
