import path from 'node:path'

import type { Payload } from 'payload'

import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import type { LocalResendServer } from '@/server/mail/localResend/localResendServer'
import { startLocalResendServer } from '@/server/mail/localResend/localResendServer'
import type { Mailer } from '@/server/mail/mailer'
import { ensureSend, runSend, sendDueIssues } from '@/server/sending/runSend'
import { seedDemo } from '@/server/seed/seedDemo'
import { localMailer } from '../../helpers/localMailer'

const ACTIVE = 230

describe('sending an issue', () => {
  let context: TestPayload
  let payload: Payload
  let mail: LocalResendServer
  let mailer: Mailer
  let articleIds: number[]
  let month = 0

  const scheduledIssue = async () => {
    month += 1
    return payload.create({
      collection: 'issues',
      data: {
        number: 100 + month,
        month: `2040-${String(month).padStart(2, '0')}`,
        subject: `Essai d’envoi ${month}`,
        preheader: 'Aperçu',
        articles: articleIds,
        status: 'scheduled',
        scheduledAt: '2026-01-01T08:00:00.000Z',
      },
    })
  }
  const outboxCountBySubject = (subject: string) => {
    const recipients = mail.outbox
      .all()
      .filter((entry) => entry.subject === subject)
      .map((entry) => entry.to[0])
    return { total: recipients.length, unique: new Set(recipients).size }
  }

  beforeAll(async () => {
    mail = await startLocalResendServer({ requestsPerSecond: 2 })
    context = await getTestPayload()
    payload = context.payload
    mailer = localMailer(mail.url)
    await seedDemo({
      payload,
      seedDir: path.resolve('scripts/seed'),
      today: new Date('2026-11-23T10:00:00.000Z'),
    })
    const issue = (
      await payload.find({
        collection: 'issues',
        where: { month: { equals: '2020-02' } },
        depth: 0,
      })
    ).docs[0]
    articleIds = (issue?.articles ?? []) as number[]
    for (let index = 0; index < ACTIVE; index += 1) {
      await payload.create({
        collection: 'subscribers',
        data: {
          email: `abonne${String(index).padStart(4, '0')}@federation.be`,
          firstName: index % 7 === 0 ? 'Anne & Co' : null,
          status: 'active',
        },
      })
    }
    await payload.create({
      collection: 'subscribers',
      data: { email: 'attente@federation.be', status: 'pending' },
    })
    await payload.create({
      collection: 'subscribers',
      data: { email: 'parti@federation.be', status: 'unsubscribed' },
    })
  })
  afterAll(async () => {
    await mail?.close()
    await context?.cleanup()
  })

  it('should send a due issue to every active subscriber exactly once, with unsubscribe headers', async () => {
    const issue = await scheduledIssue()
    const results = await sendDueIssues({
      payload,
      mailer,
      now: new Date('2026-01-01T08:00:30.000Z'),
    })
    const sent = mail.outbox.all().filter((entry) => entry.subject === issue.subject)
    const updated = await payload.findByID({ collection: 'issues', id: issue.id })
    expect(results.map((entry) => entry.result)).toEqual(['done'])
    expect(outboxCountBySubject(issue.subject)).toEqual({ total: ACTIVE, unique: ACTIVE })
    expect([sent.some((entry) => entry.to[0] === 'attente@federation.be'), updated.status]).toEqual(
      [false, 'sent'],
    )
    expect(sent[0]?.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
    expect(sent[0]?.headers?.['List-Unsubscribe']).toMatch(
      /^<http:\/\/localhost:3000\/newsletter\/desinscription\?token=[\w.-]+>$/,
    )
  })

  it('should greet each recipient by name, escaped', async () => {
    const sent = mail.outbox.all().find((entry) => entry.to[0] === 'abonne0000@federation.be')
    expect([
      sent?.html?.includes('Bonjour Anne &amp; Co,'),
      sent?.text?.includes('Bonjour Anne & Co,'),
    ]).toEqual([true, true])
  })

  it('should let only one of two workers started at once send', async () => {
    const issue = await scheduledIssue()
    const sendId = await ensureSend({ payload, issueId: issue.id })
    const results = await Promise.all([
      runSend({ payload, mailer, sendId }),
      runSend({ payload, mailer, sendId }),
    ])
    expect([results.sort(), outboxCountBySubject(issue.subject)]).toEqual([
      ['busy', 'done'],
      { total: ACTIVE, unique: ACTIVE },
    ])
  })

  it('should not send again when a crash lost our record of a batch the provider had accepted', async () => {
    const issue = await scheduledIssue()
    const sendId = await ensureSend({ payload, issueId: issue.id })
    await runSend({ payload, mailer, sendId })
    const before = await payload.find({
      collection: 'deliveries',
      where: { and: [{ send: { equals: sendId } }, { batch: { equals: 2 } }] },
      pagination: false,
      depth: 0,
      sort: 'email',
    })
    // As if the process died after Resend answered batch 2 and before we wrote it down.
    for (const delivery of before.docs) {
      await payload.update({
        collection: 'deliveries',
        id: delivery.id,
        data: { status: 'queued', providerMessageId: null },
      })
    }
    await payload.update({ collection: 'sends', id: sendId, data: { status: 'sending' } })
    const result = await runSend({ payload, mailer, sendId })
    const after = await payload.find({
      collection: 'deliveries',
      where: { and: [{ send: { equals: sendId } }, { batch: { equals: 2 } }] },
      pagination: false,
      depth: 0,
      sort: 'email',
    })
    expect([result, outboxCountBySubject(issue.subject)]).toEqual([
      'done',
      { total: ACTIVE, unique: ACTIVE },
    ])
    expect(after.docs.map((delivery) => delivery.providerMessageId)).toEqual(
      before.docs.map((delivery) => delivery.providerMessageId),
    )
  })

  it('should count as sent every recipient the provider took, whatever webhooks made of them since', async () => {
    const issue = await scheduledIssue()
    const sendId = await ensureSend({ payload, issueId: issue.id })
    await runSend({ payload, mailer, sendId })
    const firstBatch = await payload.find({
      collection: 'deliveries',
      where: { and: [{ send: { equals: sendId } }, { batch: { equals: 1 } }] },
      pagination: false,
      depth: 0,
    })
    // Webhooks moved batch 1 on before the last batch was recorded: a resumed send must still count it.
    for (const [index, delivery] of firstBatch.docs.entries()) {
      await payload.update({
        collection: 'deliveries',
        id: delivery.id,
        data: { status: index % 10 === 0 ? 'bounced' : 'delivered' },
      })
    }
    const lastBatch = await payload.find({
      collection: 'deliveries',
      where: { and: [{ send: { equals: sendId } }, { batch: { equals: 3 } }] },
      pagination: false,
      depth: 0,
    })
    for (const delivery of lastBatch.docs)
      await payload.update({
        collection: 'deliveries',
        id: delivery.id,
        data: { status: 'queued', providerMessageId: null },
      })
    await payload.update({ collection: 'sends', id: sendId, data: { status: 'sending' } })
    const result = await runSend({ payload, mailer, sendId })
    const send = await payload.findByID({ collection: 'sends', id: sendId })
    expect([result, send.total, send.sent, send.failed]).toEqual(['done', ACTIVE, ACTIVE, 0])
  })

  it('should put recipients in deterministic batches of 100 by address', async () => {
    const issue = await scheduledIssue()
    const sendId = await ensureSend({ payload, issueId: issue.id })
    await runSend({ payload, mailer, sendId })
    const { docs } = await payload.find({
      collection: 'deliveries',
      where: { send: { equals: sendId } },
      pagination: false,
      depth: 0,
      sort: 'email',
    })
    expect([docs[0]?.batch, docs[99]?.batch, docs[100]?.batch, docs[ACTIVE - 1]?.batch]).toEqual([
      1, 1, 2, 3,
    ])
  })
})
