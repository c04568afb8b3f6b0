import type { Payload } from 'payload'

import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import type { LocalResendServer } from '@/server/mail/localResend/localResendServer'
import { startLocalResendServer } from '@/server/mail/localResend/localResendServer'
import { ensureSend, runSend } from '@/server/sending/runSend'
import { localMailer } from '../../helpers/localMailer'
import {
  createActiveSubscribers,
  createSendableArticle,
  outboxTally,
  sendableIssues,
  sendOfIssue,
} from '../../helpers/sendableIssue'
import { isGroupAlive, spawnScript } from '../../helpers/spawnScript'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A seeded generator: the kill points are random, and the same on every run. */
function mulberry32(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Exactly-once under a provider's bad days (500s before and after accepting, 429 bursts), under
 * SIGKILL of the real sending process at several points, and through a SIGTERM stop and restart.
 */
describe('sending exactly once under faults', () => {
  let context: TestPayload
  let payload: Payload
  let mail: LocalResendServer
  let articleId: number

  let issues: ReturnType<typeof sendableIssues>
  const approvedIssue = () => issues()
  const deliveredTo = (subject: string) => outboxTally(mail, subject)

  beforeAll(async () => {
    mail = await startLocalResendServer({ requestsPerSecond: 2 })
    process.env.MAIL_LOCAL_PORT = new URL(mail.url).port
    process.env.SEND_LEASE_SECONDS = '2'
    context = await getTestPayload()
    payload = context.payload
    articleId = await createSendableArticle(payload)
    issues = sendableIssues({ payload, articleIds: () => [articleId], year: 2050 })
    await createActiveSubscribers({
      payload,
      emails: Array.from(
        { length: 1000 },
        (_, index) => `a${String(index).padStart(4, '0')}@federation.be`,
      ),
    })
  })
  afterAll(async () => {
    delete process.env.SEND_LEASE_SECONDS
    await mail?.close()
    await context?.cleanup()
  })

  it('should deliver 1,000 recipients exactly once with 20 % injected 500s, failures after accepting and 429 bursts', async () => {
    mail.setFaults({ errorRate: 0.2, acceptThenFailRate: 0.15, burst429: 3, seed: 42 })
    const issue = await approvedIssue()
    const mailer = localMailer(mail.url, 'a@unipso.local')
    const sendId = await ensureSend({ payload, issueId: issue.id })
    let result = await runSend({ payload, mailer, sendId })
    // A run may give up after its retries; the next scheduler tick resumes it.
    for (let attempt = 0; result === 'failed' && attempt < 5; attempt += 1)
      result = await runSend({ payload, mailer, sendId })
    mail.setFaults({ errorRate: 0, acceptThenFailRate: 0, burst429: 0 })
    const sent = await payload.count({
      collection: 'deliveries',
      where: { and: [{ send: { equals: sendId } }, { status: { equals: 'sent' } }] },
    })
    expect([result, deliveredTo(issue.subject), sent.totalDocs]).toEqual([
      'done',
      { total: 1000, unique: 1000 },
      1000,
    ])
  })

  /**
   * `npm run send` as it really runs, in its own process group, so a kill reaches the process that
   * sends (the old test killed the tsx wrapper alone, and its child finished the send).
   */
  const startSender = (month: string) =>
    spawnScript({
      npmScript: 'send',
      args: [month, '--now'],
      env: { SEND_LEASE_SECONDS: '2', DATABASE_URI: process.env.DATABASE_URI },
    })
  const sendOf = (issueId: number) => sendOfIssue({ payload, issueId })
  const until = async (condition: () => Promise<boolean> | boolean, timeoutMs = 120_000) => {
    const started = Date.now()
    while (!(await condition())) {
      if (Date.now() - started > timeoutMs)
        throw new Error(`Condition non atteinte en ${timeoutMs} ms`)
      await sleep(10)
    }
  }
  /** Runs the sender until the issue is sent; a run inside a dead worker's lease exits 3 (busy). */
  const resumeUntilSent = async (issue: { id: number; month: string }) => {
    const codes: Array<number | null> = []
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const { code } = await startSender(issue.month).exited
      codes.push(code)
      if (code === 0) break
      await sleep(2500)
    }
    return codes
  }
  /** After a kill: the count once requests already received are answered, and 1.5 s later. */
  const outboxAfterKill = async (subject: string) => {
    await sleep(1000)
    const settled = deliveredTo(subject).total
    await sleep(1500)
    return { settled, later: deliveredTo(subject).total }
  }

  it('should deliver exactly once when the real sending process is killed (SIGKILL) at random points, one during the audience preparation', async () => {
    mail.setFaults({ slowMs: 300 })
    const issue = await approvedIssue()
    const random = mulberry32(20261130)
    const kills: Array<{ at: string; status: string; settled: number; later: number }> = []

    // During the audience preparation: the send exists, some deliveries are written, not all.
    const preparing = startSender(issue.month)
    let statusAtKill = ''
    await until(async () => {
      const send = await sendOf(issue.id)
      if (!send || send.status !== 'preparing') return false
      const written = await payload.count({
        collection: 'deliveries',
        where: { send: { equals: send.id } },
        overrideAccess: true,
      })
      statusAtKill = send.status
      return written.totalDocs > 0
    })
    preparing.kill('SIGKILL')
    await preparing.exited
    kills.push({
      at: 'préparation',
      status: statusAtKill,
      ...(await outboxAfterKill(issue.subject)),
    })

    // Mid-send, at seeded random points, each from a fresh process resuming the previous one.
    const targets = [0, 1, 2].map(() => 100 + Math.floor(random() * 700)).sort((a, b) => a - b)
    for (const target of targets) {
      await sleep(2500) // the killed worker's lease (SEND_LEASE_SECONDS=2) expires
      const run = startSender(issue.month)
      await until(() => deliveredTo(issue.subject).total >= target || run.output().includes('✔'))
      run.kill('SIGKILL')
      await run.exited
      kills.push({
        at: `${target}`,
        status: (await sendOf(issue.id))?.status ?? '',
        ...(await outboxAfterKill(issue.subject)),
      })
      expect(isGroupAlive(run.pid)).toBe(false)
    }

    await sleep(2500)
    const codes = await resumeUntilSent(issue)
    mail.setFaults({ slowMs: 0 })
    const issueAfter = await payload.findByID({ collection: 'issues', id: issue.id })
    expect({
      preparationKill: kills[0]?.status,
      // Once the requests already received are answered, a killed group sends nothing more.
      isQuietAfterEveryKill: kills.every((kill) => kill.later === kill.settled),
      isEveryKillMidSend: kills.slice(1).every((kill) => kill.settled > 0 && kill.settled < 1000),
      lastCode: codes.at(-1),
      delivered: deliveredTo(issue.subject),
      status: issueAfter.status,
    }).toEqual({
      preparationKill: 'preparing',
      isQuietAfterEveryKill: true,
      isEveryKillMidSend: true,
      lastCode: 0,
      delivered: { total: 1000, unique: 1000 },
      status: 'sent',
    })
  })

  it('should stop after the batch in flight on SIGTERM (exit 4 within 10 s, lock released) and resume exactly once', async () => {
    mail.setFaults({ slowMs: 300 })
    const issue = await approvedIssue()
    const run = startSender(issue.month)
    await until(() => deliveredTo(issue.subject).total >= 200 || run.output().includes('✔'))
    const signalled = Date.now()
    run.kill('SIGTERM')
    const stopped = await run.exited
    const stopMs = Date.now() - signalled
    const send = await sendOf(issue.id)
    const locks = await payload.count({
      collection: 'send-locks',
      where: { key: { equals: `send-${send?.id}` } },
      overrideAccess: true,
    })
    const atStop = deliveredTo(issue.subject).total
    const resumed = await startSender(issue.month).exited
    mail.setFaults({ slowMs: 0 })
    const issueAfter = await payload.findByID({ collection: 'issues', id: issue.id })
    expect({
      code: stopped.code,
      isWithin10s: stopMs < 10_000,
      says: run.output().includes('Envoi arrêté proprement'),
      isGroupGone: !isGroupAlive(run.pid),
      locks: locks.totalDocs,
      isPartial: atStop > 0 && atStop < 1000,
      resumedCode: resumed.code,
      delivered: deliveredTo(issue.subject),
      status: issueAfter.status,
    }).toEqual({
      code: 4,
      isWithin10s: true,
      says: true,
      isGroupGone: true,
      locks: 0,
      isPartial: true,
      resumedCode: 0,
      delivered: { total: 1000, unique: 1000 },
      status: 'sent',
    })
  })
})
