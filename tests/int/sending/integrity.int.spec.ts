import type { Payload } from 'payload'

import type { TestPayload } from '../../helpers/testPayload'
import type { SendingSpec } from '../../helpers/startSendingSpec'
import { startSendingSpec } from '../../helpers/startSendingSpec'
import {
  createActiveSubscribers,
  createSendableArticle,
  outboxTally,
} from '../../helpers/sendableIssue'
import { batchIdempotencyKey } from '@/domain/sending/sendPlan'
import type { SendStore } from '@/domain/sending/sendStore'
import type { LocalResendServer } from '@/server/mail/localResend/localResendServer'
import type { Mailer } from '@/server/mail/mailer'
import { PREPARATION_PAGE_SIZE, payloadSendStore } from '@/server/sending/payloadSendStore'
import { ensureSend, runSend, sendDueIssues } from '@/server/sending/runSend'
import { sendLoop, thresholdsFromEnv } from '@/server/sending/sendLoop'

/** More than two preparation pages, so a takeover can happen between pages. */
const AUDIENCE = 2 * PREPARATION_PAGE_SIZE + 100
const ORIGINAL_TITLE = 'Le décret APE, tel qu’approuvé'
const PACE = 20

/**
 * The promises of a send under the faults a review found: a takeover during preparation, an edit
 * between two batches after a crash, an idempotency key refused with another body, delivery rows
 * that disappear, an issue whose time passed while the server was down. Real SQLite, real HTTP to
 * the local Resend-compatible server, which refuses a key reused with another body (409).
 */
describe('sending integrity', () => {
  let context: TestPayload
  let payload: Payload
  let mail: LocalResendServer
  let mailer: Mailer
  let articleId: number
  let nextIssue: SendingSpec['issues']

  const sendOf = (sendId: number | string) =>
    payload.findByID({ collection: 'sends', id: sendId, depth: 0, overrideAccess: true })
  const issueStatus = async (issueId: number) =>
    (await payload.findByID({ collection: 'issues', id: issueId, depth: 0 })).status
  const deliveriesOf = async (sendId: number | string) =>
    (
      await payload.find({
        collection: 'deliveries',
        where: { send: { equals: sendId } },
        pagination: false,
        depth: 0,
        select: { batch: true, status: true },
        overrideAccess: true,
      })
    ).docs
  const loop = (store: SendStore, sendId: number | string) =>
    sendLoop({
      store,
      mailer,
      sendId,
      log: payload.logger,
      requestsPerSecond: PACE,
      thresholds: thresholdsFromEnv(),
    })

  beforeAll(async () => {
    ;({
      context,
      payload,
      mail,
      mailer,
      articleId,
      issues: nextIssue,
    } = await startSendingSpec({
      year: 2081,
      subjectPrefix: 'Intégrité',
      requestsPerSecond: PACE,
      articleTitle: ORIGINAL_TITLE,
    }))
    await createActiveSubscribers({
      payload,
      emails: Array.from(
        { length: AUDIENCE },
        (_, index) => `m${String(index).padStart(5, '0')}@federation.be`,
      ),
    })
  })
  afterAll(async () => {
    await mail?.close()
    await context?.cleanup()
  })

  it('should let a worker that took over during preparation finish, and the stalled one stop without deleting anything', async () => {
    const issue = await nextIssue()
    const sendId = await ensureSend({ payload, issueId: issue.id })
    const stalled = payloadSendStore({ payload, sendId, owner: 'worker-stalled' })
    let pages = 0
    let takeover: Promise<string> | null = null
    const stallingAfterFirstPage: SendStore = {
      ...stalled,
      prepareNextPage: async () => {
        const step = await stalled.prepareNextPage()
        pages += 1
        if (pages === 1) {
          // The worker stalls past its lease: the lease expires and a second worker takes over.
          await payload.update({
            collection: 'send-locks',
            where: { key: { equals: `send-${sendId}` } },
            data: { leaseUntil: new Date(Date.now() - 1000).toISOString() },
            overrideAccess: true,
          })
          takeover = runSend({
            payload,
            mailer,
            sendId,
            owner: 'worker-b',
            requestsPerSecond: PACE,
          })
          await takeover
        }
        return step
      },
    }
    const stalledResult = await loop(stallingAfterFirstPage, sendId)
    const rows = await deliveriesOf(sendId)
    const perBatch = new Map<number, number>()
    for (const row of rows) perBatch.set(row.batch, (perBatch.get(row.batch) ?? 0) + 1)
    expect([stalledResult, await takeover]).toEqual(['busy', 'done'])
    expect(outboxTally(mail, issue.subject)).toEqual({ total: AUDIENCE, unique: AUDIENCE })
    expect([rows.length, rows.every((row) => row.status === 'sent')]).toEqual([AUDIENCE, true])
    expect(Math.max(...perBatch.values())).toBe(100)
    expect([(await sendOf(sendId)).status, await issueStatus(issue.id)]).toEqual(['done', 'sent'])
  })

  it('should resume after a crash with the frozen edition, so an edit made in between sends nothing twice and nothing edited', async () => {
    const issue = await nextIssue()
    const sendId = await ensureSend({ payload, issueId: issue.id })
    const store = payloadSendStore({ payload, sendId })
    let recorded = 0
    // The provider accepted batch 2, then the worker died before writing it down.
    const crashingAfterSecondAcceptance: SendStore = {
      ...store,
      recordAccepted: async (entries) => {
        recorded += 1
        if (recorded === 2) throw new Error('processus tué après l’acceptation du lot 2')
        return store.recordAccepted(entries)
      },
    }
    const crashed = await loop(crashingAfterSecondAcceptance, sendId)
    await payload.update({
      collection: 'articles',
      id: articleId,
      data: { title: 'Titre modifié pendant l’envoi' },
    })
    const resumed = await runSend({ payload, mailer, sendId, requestsPerSecond: PACE })
    const mails = mail.outbox.all().filter((entry) => entry.subject === issue.subject)
    await payload.update({ collection: 'articles', id: articleId, data: { title: ORIGINAL_TITLE } })
    expect([crashed, resumed]).toEqual(['failed', 'done'])
    expect(outboxTally(mail, issue.subject)).toEqual({ total: AUDIENCE, unique: AUDIENCE })
    expect(mails.filter((entry) => !String(entry.html).includes('Le décret APE')).length).toBe(0)
    expect(mails.filter((entry) => String(entry.html).includes('Titre modifié')).length).toBe(0)
  })

  it('should stop as failed, sending nothing under other keys, when the provider refuses a key reused with another body', async () => {
    const issue = await nextIssue()
    const sendId = await ensureSend({ payload, issueId: issue.id })
    // The provider already holds batch 1's key for another body (what an edit used to cause).
    await mailer.sendBatch(
      [{ to: ['autre@federation.be'], subject: 'Autre contenu', html: '<p>x</p>', text: 'x' }],
      { idempotencyKey: batchIdempotencyKey({ sendId, batch: 1 }) },
    )
    const first = await runSend({ payload, mailer, sendId, requestsPerSecond: PACE })
    const again = await runSend({ payload, mailer, sendId, requestsPerSecond: PACE })
    const ticked = await sendDueIssues({ payload, mailer })
    const send = await sendOf(sendId)
    expect([first, again, ticked.some((entry) => entry.sendId === sendId)]).toEqual([
      'failed',
      'failed',
      false,
    ])
    expect(outboxTally(mail, issue.subject)).toEqual({ total: 0, unique: 0 })
    expect(send.status).toBe('failed')
    expect(send.stopReason).toContain('409 invalid_idempotent_request')
    expect(await issueStatus(issue.id)).toBe('sending')
  })

  it('should never mark a send sent when delivery rows went missing, and say so with the numbers', async () => {
    const issue = await nextIssue()
    const sendId = await ensureSend({ payload, issueId: issue.id })
    const store = payloadSendStore({ payload, sendId })
    let recorded = 0
    const losingRows: SendStore = {
      ...store,
      recordAccepted: async (entries) => {
        await store.recordAccepted(entries)
        recorded += 1
        if (recorded !== 1) return
        // What the old rollback did to another worker's rows: five queued rows disappear.
        const queued = (
          await payload.find({
            collection: 'deliveries',
            where: { and: [{ send: { equals: sendId } }, { status: { equals: 'queued' } }] },
            sort: '-email',
            limit: 5,
            depth: 0,
            overrideAccess: true,
          })
        ).docs.map((row) => row.id)
        await payload.db.deleteMany({ collection: 'deliveries', where: { id: { in: queued } } })
      },
    }
    const result = await loop(losingRows, sendId)
    const send = await sendOf(sendId)
    expect([result, send.status, await issueStatus(issue.id)]).toEqual([
      'failed',
      'failed',
      'sending',
    ])
    expect(send.stopReason).toBe(
      `Envoi incomplet : ${AUDIENCE - 5} distribution(s) enregistrée(s) pour ${AUDIENCE} destinataire(s) figé(s) au départ. L’envoi n’est pas marqué comme envoyé ; vérifiez le journal des distributions.`,
    )
  })

  it('should leave an issue scheduled more than two hours ago for a human, and send one that is one hour late', async () => {
    const late = await nextIssue({ status: 'scheduled', scheduledAt: '2026-03-02T08:00:00.000Z' })
    const threeHoursLater = new Date('2026-03-02T11:00:00.000Z')
    const lateTick = await sendDueIssues({ payload, mailer, now: threeHoursLater })
    const lateSends = await payload.count({
      collection: 'sends',
      where: { issue: { equals: late.id } },
      overrideAccess: true,
    })
    const recent = await nextIssue({ status: 'scheduled', scheduledAt: '2026-03-02T10:00:00.000Z' })
    const recentTick = await sendDueIssues({ payload, mailer, now: threeHoursLater })
    expect([lateTick.length, lateSends.totalDocs, await issueStatus(late.id)]).toEqual([
      0,
      0,
      'scheduled',
    ])
    expect([recentTick.map((entry) => entry.result), await issueStatus(recent.id)]).toEqual([
      ['done'],
      'sent',
    ])
  })

  it('should refuse to send an issue whose article went back to draft after approval, before anyone is mailed', async () => {
    const draftId = await createSendableArticle(payload, { title: 'Article retiré' })
    const issue = await payload.create({
      collection: 'issues',
      data: {
        number: 208199,
        month: '2081-11',
        subject: 'Intégrité brouillon',
        preheader: 'Aperçu',
        articles: [draftId],
        status: 'approved',
      },
    })
    await payload.update({ collection: 'articles', id: draftId, data: { status: 'draft' } })
    // The scheduler or `npm run send` created the send; freezing finds the draft.
    await payload.update({
      collection: 'issues',
      id: issue.id,
      data: { status: 'approved' },
      overrideAccess: true,
    })
    const sendId = await ensureSend({ payload, issueId: issue.id })
    const result = await runSend({ payload, mailer, sendId, requestsPerSecond: PACE })
    const sends = await payload.count({
      collection: 'sends',
      where: { issue: { equals: issue.id } },
      overrideAccess: true,
    })
    const after = await payload.findByID({ collection: 'issues', id: issue.id, depth: 0 })
    expect([result, sends.totalDocs, outboxTally(mail, issue.subject).total]).toEqual([
      'failed',
      0,
      0,
    ])
    expect([after.status, after.workflowNote]).toEqual([
      'ready',
      'Envoi refusé : L’article « Article retiré » est encore en brouillon : publiez-le ou retirez-le du numéro.',
    ])
  })
})
