import type { Payload } from 'payload'

import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import type { LocalResendServer } from '@/server/mail/localResend/localResendServer'
import { startLocalResendServer } from '@/server/mail/localResend/localResendServer'
import type { Mailer } from '@/server/mail/mailer'
import { ensureSend, runSend, sendDueIssues } from '@/server/sending/runSend'
import { localMailer } from '../../helpers/localMailer'
import { seedDemoContent, seededFebruaryIssue } from '../../helpers/seededDemo'
import { outboxTally, sendableIssues } from '../../helpers/sendableIssue'

const ACTIVE = 230

describe('sending an issue', () => {
  let context: TestPayload
  let payload: Payload
  let mail: LocalResendServer
  let mailer: Mailer
  let articleIds: number[]
  let issues: ReturnType<typeof sendableIssues>

  const scheduledIssue = () =>
    issues({ status: 'scheduled', scheduledAt: '2026-01-01T08:00:00.000Z' })
  /** A scheduled issue sent to the end: its send and its subject. */
  const sentIssue = async () => {
    const issue = await scheduledIssue()
    const sendId = await ensureSend({ payload, issueId: issue.id })
    await runSend({ payload, mailer, sendId })
    return { sendId, subject: issue.subject }
  }
  const batchOf = async (sendId: number | string, batch: number) =>
    (
      await payload.find({
        collection: 'deliveries',
        where: { and: [{ send: { equals: sendId } }, { batch: { equals: batch } }] },
        pagination: false,
        depth: 0,
        sort: 'email',
      })
    ).docs
  /** As if the process died after the provider took these mails and before we wrote it down. */
  const forget = async (sendId: number | string, deliveries: Array<{ id: number }>) => {
    for (const delivery of deliveries)
      await payload.update({
        collection: 'deliveries',
        id: delivery.id,
        data: { status: 'queued', providerMessageId: null },
      })
    await payload.update({ collection: 'sends', id: sendId, data: { status: 'sending' } })
  }

  beforeAll(async () => {
    mail = await startLocalResendServer({ requestsPerSecond: 2 })
    context = await getTestPayload()
    payload = context.payload
    mailer = localMailer(mail.url)
    await seedDemoContent(payload)
    const issue = await seededFebruaryIssue(payload)
    articleIds = (issue?.articles ?? []) as number[]
    issues = sendableIssues({
      payload,
      articleIds: () => articleIds,
      year: 2040,
      subjectPrefix: 'Essai d’envoi',
    })
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
    expect(outboxTally(mail, issue.subject)).toEqual({ total: ACTIVE, unique: ACTIVE })
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
    expect([results.sort(), outboxTally(mail, issue.subject)]).toEqual([
      ['busy', 'done'],
      { total: ACTIVE, unique: ACTIVE },
    ])
  })

  it('should not send again when a crash lost our record of a batch the provider had accepted', async () => {
    const { sendId, subject } = await sentIssue()
    const before = await batchOf(sendId, 2)
    // Resend answered batch 2, then the process died.
    await forget(sendId, before)
    const result = await runSend({ payload, mailer, sendId })
    const after = await batchOf(sendId, 2)
    expect([result, outboxTally(mail, subject)]).toEqual([
      'done',
      { total: ACTIVE, unique: ACTIVE },
    ])
    expect(after.map((delivery) => delivery.providerMessageId)).toEqual(
      before.map((delivery) => delivery.providerMessageId),
    )
  })

  it('should count as sent every recipient the provider took, whatever webhooks made of them since', async () => {
    const { sendId } = await sentIssue()
    // Webhooks moved batch 1 on before the last batch was recorded: a resumed send must still count it.
    for (const [index, delivery] of (await batchOf(sendId, 1)).entries()) {
      await payload.update({
        collection: 'deliveries',
        id: delivery.id,
        data: { status: index % 10 === 0 ? 'bounced' : 'delivered' },
      })
    }
    await forget(sendId, await batchOf(sendId, 3))
    const result = await runSend({ payload, mailer, sendId })
    const send = await payload.findByID({ collection: 'sends', id: sendId })
    expect([result, send.total, send.sent, send.failed]).toEqual(['done', ACTIVE, ACTIVE, 0])
  })

  it('should put recipients in deterministic batches of 100 by address', async () => {
    const { sendId } = await sentIssue()
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
