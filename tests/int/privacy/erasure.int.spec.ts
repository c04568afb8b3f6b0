import type { Payload } from 'payload'

import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import { eraseSubscriber, exportSubscriberData } from '@/server/subscribers/gdpr'

/** GDPR erasure leaves nothing of the person: single-use links and queued or sent mails included. */
describe('erasure of a subscriber: links and transactional mails', () => {
  let context: TestPayload
  let payload: Payload

  const makeSubscriber = (email: string) =>
    payload.create({
      collection: 'subscribers',
      data: { email, firstName: 'Anne', status: 'active' },
      overrideAccess: true,
    })
  const makeToken = (subscriber: number | string, lookup: string) =>
    payload.create({
      collection: 'subscriber-tokens',
      data: {
        subscriber: subscriber as number,
        purpose: 'confirm',
        lookup,
        tokenHash: `hash-${lookup}`,
        expiresAt: '2030-01-01T00:00:00.000Z',
        request: { firstName: 'Anne' },
      },
      overrideAccess: true,
    })
  const makeMail = ({ to, status = 'sent' }: { to: string; status?: 'queued' | 'sent' }) =>
    payload.create({
      collection: 'outgoing-mails',
      data: {
        kind: 'subscription-confirmation',
        to,
        subject: 'Confirmez votre inscription',
        message: { html: '<p>lien</p>', text: 'lien' },
        status,
      },
      overrideAccess: true,
    })
  const remainingMails = async () =>
    (
      await payload.find({
        collection: 'outgoing-mails',
        pagination: false,
        sort: 'to',
        overrideAccess: true,
      })
    ).docs.map((mail) => mail.to)

  beforeAll(async () => {
    context = await getTestPayload()
    payload = context.payload
  })
  afterAll(async () => {
    await context?.cleanup()
  })

  it('should list the person’s links and transactional mails in their export, without secrets or bodies', async () => {
    const anne = await makeSubscriber('anne.liens@federation.be')
    await makeToken(anne.id, 'export-lookup')
    await makeMail({ to: 'anne.liens@federation.be' })
    const data = await exportSubscriberData(payload, anne.id)
    expect([
      data?.links.map((link) => [link.purpose, link.request]),
      data?.transactionalMails.map((mail) => [mail.kind, mail.status]),
    ]).toEqual([[['confirm', { firstName: 'Anne' }]], [['subscription-confirmation', 'sent']]])
    expect(JSON.stringify(data)).not.toMatch(/export-lookup|hash-|<p>lien/)
  })

  it('should delete the person’s single-use links and every mail to their address, and nobody else’s', async () => {
    const bea = await makeSubscriber('bea@federation.be')
    const other = await makeSubscriber('autre@federation.be')
    await makeToken(bea.id, 'bea-1')
    await makeToken(bea.id, 'bea-2')
    await makeToken(other.id, 'autre-1')
    await makeMail({ to: 'bea@federation.be' })
    await makeMail({ to: 'Béa <bea@federation.be>', status: 'queued' })
    await makeMail({ to: 'xbea@federation.be' })
    await makeMail({ to: 'autre@federation.be' })
    const mailsBefore = await remainingMails()
    await eraseSubscriber({ payload, id: bea.id, confirmEmail: 'bea@federation.be' })
    const tokens = await payload.find({
      collection: 'subscriber-tokens',
      pagination: false,
      sort: 'lookup',
      overrideAccess: true,
    })
    expect(mailsBefore).toEqual(
      expect.arrayContaining(['bea@federation.be', 'Béa <bea@federation.be>']),
    )
    expect([tokens.docs.map((token) => token.lookup), await remainingMails()]).toEqual([
      ['autre-1', 'export-lookup'],
      ['anne.liens@federation.be', 'autre@federation.be', 'xbea@federation.be'],
    ])
  })
})
