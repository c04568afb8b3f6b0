import type { Payload } from 'payload'

import type { TestPayload } from '../../helpers/testPayload'
import type { SendingSpec } from '../../helpers/startSendingSpec'
import { startSendingSpec } from '../../helpers/startSendingSpec'
import { runSchedulerTick } from '@/server/cron/scheduler'
import type { LocalResendServer } from '@/server/mail/localResend/localResendServer'
import type { Mailer } from '@/server/mail/mailer'
import { ensureSend, runSend } from '@/server/sending/runSend'
import type { LogLine } from '../../helpers/captureLogs'
import { captureLogs } from '../../helpers/captureLogs'
import { localMailer } from '../../helpers/localMailer'

/**
 * Sending logs are pino lines with `sendId` on every line and `batch` on every batch line. The
 * app's logger is swapped for a real pino logger writing into memory while each send runs.
 */
describe('structured sending logs', () => {
  let context: TestPayload
  let payload: Payload
  let mail: LocalResendServer
  let mailer: Mailer
  let issues: SendingSpec['issues']

  const approvedIssue = (status: 'approved' | 'scheduled' = 'approved') =>
    issues(status === 'scheduled' ? { status, scheduledAt: '2026-01-01T08:00:00.000Z' } : {})
  const batchLines = (lines: LogLine[]) =>
    lines.filter((line) => 'batch' in line).map((line) => ({ msg: line.msg, batch: line.batch }))

  beforeAll(async () => {
    ;({ context, payload, mail, mailer, issues } = await startSendingSpec({
      year: 2070,
      subjectPrefix: 'Journal',
    }))
    for (let index = 0; index < 120; index += 1) {
      await payload.create({
        collection: 'subscribers',
        data: { email: `j${String(index).padStart(3, '0')}@federation.be`, status: 'active' },
      })
    }
  })
  afterEach(() => mail.setFaults({ burst429: 0 }))
  afterAll(async () => {
    await mail?.close()
    await context?.cleanup()
  })

  it('should put the send id on every line of a send, and the batch on each batch line', async () => {
    const issue = await approvedIssue()
    // One 429 on the first request: a retry line for batch 1.
    mail.setFaults({ burst429: 1 })
    const { result, lines } = await captureLogs(payload, async () => {
      const sendId = await ensureSend({ payload, issueId: issue.id })
      return { sendId, outcome: await runSend({ payload, mailer, sendId, requestsPerSecond: 0 }) }
    })
    expect(result.outcome).toBe('done')
    expect(lines.map((line) => line.sendId)).toEqual(lines.map(() => result.sendId))
    expect(lines.map((line) => line.msg)).toEqual([
      'Envoi créé',
      'Audience figée',
      'Envoi : lots à envoyer',
      'Lot : nouvel essai',
      'Lot accepté',
      'Lot accepté',
      'Envoi terminé',
    ])
    expect(batchLines(lines)).toEqual([
      { msg: 'Lot : nouvel essai', batch: 1 },
      { msg: 'Lot accepté', batch: 1 },
      { msg: 'Lot accepté', batch: 2 },
    ])
  })

  it('should log each refused recipient with its send, batch and delivery, never its address', async () => {
    const issue = await approvedIssue()
    // A sender Resend refuses: the batch is refused, then each mail alone.
    const refusing = localMailer(mail.url, 'pas une adresse')
    const { result, lines } = await captureLogs(payload, async () => {
      const sendId = await ensureSend({ payload, issueId: issue.id })
      return {
        sendId,
        outcome: await runSend({ payload, mailer: refusing, sendId, requestsPerSecond: 0 }),
      }
    })
    const refused = lines.filter((line) => line.msg === 'Destinataire refusé')
    expect(result.outcome).toBe('done')
    expect(lines.every((line) => line.sendId === result.sendId)).toBe(true)
    expect(
      lines
        .filter((line) => line.msg === 'Lot refusé : envoi un par un')
        .map((line) => [line.batch, line.code]),
    ).toEqual([
      [1, 'invalid_from_address'],
      [2, 'invalid_from_address'],
    ])
    expect([
      refused.length,
      new Set(refused.map((line) => line.deliveryId)).size,
      refused.filter((line) => line.batch === 2).length,
    ]).toEqual([120, 120, 20])
    expect(lines.some((line) => JSON.stringify(line).includes('@federation.be'))).toBe(false)
  })

  it('should give the scheduler’s line for each send its send id', async () => {
    await approvedIssue('scheduled')
    const { result, lines } = await captureLogs(payload, () =>
      runSchedulerTick({ payload, mailer, now: new Date('2026-01-01T08:00:30.000Z') }),
    )
    const sendId = result.results[0]?.sendId
    expect(result.results.map((entry) => entry.result)).toEqual(['done'])
    expect(lines.find((line) => line.msg === 'Envoi planifié')).toMatchObject({
      task: 'actunipso-send',
      sendId,
      result: 'done',
    })
    expect(lines.every((line) => line.sendId === sendId)).toBe(true)
  })
})
