import { spawn } from 'node:child_process'
import path from 'node:path'

import type { Payload } from 'payload'

import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import type { LocalResendServer } from '@/server/mail/localResend/localResendServer'
import { startLocalResendServer } from '@/server/mail/localResend/localResendServer'
import { ensureSend, runSend } from '@/server/sending/runSend'
import { markdownToLexical } from '@/domain/content/markdownToLexical'
import { localMailer } from '../../helpers/localMailer'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Exactly-once under a provider's bad days (500s before and after accepting, 429 bursts) and under
 * SIGKILL of the sending process at several points.
 */
describe('sending exactly once under faults', () => {
  let context: TestPayload
  let payload: Payload
  let mail: LocalResendServer
  let articleId: number
  let issueNumber = 0

  const approvedIssue = async () => {
    issueNumber += 1
    return payload.create({
      collection: 'issues',
      data: {
        number: issueNumber,
        month: `2050-${String(issueNumber).padStart(2, '0')}`,
        subject: `Numéro ${issueNumber}`,
        preheader: 'Aperçu',
        articles: [articleId],
        status: 'approved',
      },
    })
  }
  const deliveredTo = (subject: string) => {
    const recipients = mail.outbox
      .all()
      .filter((entry) => entry.subject === subject)
      .map((entry) => entry.to[0] as string)
    return { total: recipients.length, unique: new Set(recipients).size }
  }

  beforeAll(async () => {
    mail = await startLocalResendServer({ requestsPerSecond: 2 })
    process.env.MAIL_LOCAL_PORT = new URL(mail.url).port
    process.env.SEND_LEASE_SECONDS = '2'
    context = await getTestPayload()
    payload = context.payload
    const rubric = await payload.create({
      collection: 'rubrics',
      data: { label: 'POLITIQUE', order: 1 },
    })
    const staff = await payload.create({
      collection: 'staff',
      data: { name: 'Frédéric Clerbaux', jobTitle: 'Conseiller juridique' },
    })
    articleId = (
      await payload.create({
        collection: 'articles',
        data: {
          rubric: rubric.id,
          title: 'Article',
          body: markdownToLexical('Texte.') as never,
          signedBy: [staff.id],
          status: 'published',
        },
      })
    ).id
    for (let index = 0; index < 1000; index += 1) {
      await payload.create({
        collection: 'subscribers',
        data: { email: `a${String(index).padStart(4, '0')}@federation.be`, status: 'active' },
      })
    }
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

  it('should deliver exactly once when the sending process is killed (SIGKILL) at several points', async () => {
    mail.setFaults({ slowMs: 150 })
    const issue = await approvedIssue()
    const runChild = () => {
      const child = spawn(
        process.execPath,
        [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/send.ts', issue.month, '--now'],
        {
          env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'warn', SEND_LEASE_SECONDS: '2' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      )
      let output = ''
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
      const exited = new Promise<number | null>((resolve) =>
        child.on('exit', (code) => resolve(code)),
      )
      return { child, exited, output: () => output }
    }
    const killedAt: number[] = []
    for (const killAt of [150, 450]) {
      const run = runChild()
      const started = Date.now()
      while (deliveredTo(issue.subject).total < killAt && Date.now() - started < 120_000)
        await sleep(20)
      run.child.kill('SIGKILL')
      await run.exited
      killedAt.push(deliveredTo(issue.subject).total)
      await sleep(2500)
    }
    // Restart until the issue is sent (a restart inside the old lease is told "busy" and exits).
    const isSent = async () =>
      (await payload.findByID({ collection: 'issues', id: issue.id })).status === 'sent'
    for (let attempt = 0; !(await isSent()) && attempt < 4; attempt += 1) {
      await runChild().exited
      if (!(await isSent())) await sleep(2500)
    }
    mail.setFaults({ slowMs: 0 })
    expect(killedAt.map((total) => total > 0 && total < 1000)).toEqual([true, true])
    expect([deliveredTo(issue.subject), await isSent()]).toEqual([
      { total: 1000, unique: 1000 },
      true,
    ])
  })
})
