import type { Payload } from 'payload'

import type { RestServer } from '../../helpers/restServer'
import { startRestServer } from '../../helpers/restServer'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import { localMailer } from '../../helpers/localMailer'
import {
  createActiveSubscribers,
  createSendableArticle,
  outboxTally,
  sendableIssues,
} from '../../helpers/sendableIssue'
import { resumeSend } from '@/server/dashboard/broadcastActions'
import type { LocalResendServer } from '@/server/mail/localResend/localResendServer'
import { startLocalResendServer } from '@/server/mail/localResend/localResendServer'
import { ensureSend, runSend } from '@/server/sending/runSend'
import { webhookSecret } from '@/server/webhooks/webhookSecret'

const AUDIENCE = 1000

/**
 * Automatic safety stops with real bounces: the local Resend-compatible server posts signed
 * `email.bounced` events for addresses ending in "bounced", the app records them, and the send
 * pauses itself before its next batch once the rate passes the threshold. Only a person resumes it.
 */
describe('safety stops', () => {
  let context: TestPayload
  let payload: Payload
  let rest: RestServer
  let mail: LocalResendServer

  beforeAll(async () => {
    // Judged after 200 mails here (500 by default), so the test stays short.
    process.env.SEND_SAFETY_MIN_HANDED_OVER = '200'
    context = await getTestPayload()
    payload = context.payload
    rest = await startRestServer(payload.config)
    mail = await startLocalResendServer({
      requestsPerSecond: 2,
      webhook: { url: `${rest.baseUrl}/api/webhooks/resend`, secret: webhookSecret() },
    })
    // One address in ten bounces (10 %, far above the 2 % threshold), spread over every batch.
    await createActiveSubscribers({
      payload,
      emails: Array.from({ length: AUDIENCE }, (_, index) => {
        const number = String(index).padStart(4, '0')
        return index % 10 === 0 ? `s${number}+bounced@federation.be` : `s${number}@federation.be`
      }),
    })
  })
  afterAll(async () => {
    delete process.env.SEND_SAFETY_MIN_HANDED_OVER
    await mail?.close()
    await rest?.close()
    await context?.cleanup()
  })

  it('should pause a send whose bounces pass the threshold, and finish it exactly once after a person resumes it', async () => {
    const articleId = await createSendableArticle(payload)
    const issue = await sendableIssues({ payload, articleIds: () => [articleId], year: 2082 })()
    const sendId = await ensureSend({ payload, issueId: issue.id })
    const mailer = localMailer(mail.url, 'a@unipso.local')
    // Three batches go out, then the send stops (as on a deploy) and the bounce events arrive.
    const controller = new AbortController()
    const stopped = await runSend({
      payload,
      mailer,
      sendId,
      signal: controller.signal,
      onProgress: ({ batch }) => {
        if (batch >= 3) controller.abort()
      },
    })
    await mail.webhooks?.idle()
    const sentBeforePause = outboxTally(mail, issue.subject).total
    const first = await runSend({ payload, mailer, sendId })
    const paused = await payload.findByID({ collection: 'sends', id: sendId, depth: 0 })
    const again = await runSend({ payload, mailer, sendId })
    expect(stopped).toBe('stopped')
    expect([first, again, paused.status]).toEqual(['paused', 'paused', 'paused'])
    expect(paused.stopReason).toMatch(
      /^Pause de sécurité : \d+ rejets définitifs sur \d+ courriels remis \([\d,]+ %\), au-delà du seuil de 2 %\./,
    )
    expect(sentBeforePause).toBeGreaterThanOrEqual(300)
    expect(sentBeforePause).toBeLessThan(AUDIENCE)
    expect(outboxTally(mail, issue.subject).total).toBe(sentBeforePause)

    const resumed = await resumeSend({ payload, sendId, user: { id: 1, email: 'com@unipso.be' } })
    const finished = await runSend({ payload, mailer, sendId })
    await mail.webhooks?.idle()
    expect(resumed.message).toContain('Envoi repris')
    expect([finished, outboxTally(mail, issue.subject)]).toEqual([
      'done',
      { total: AUDIENCE, unique: AUDIENCE },
    ])
  })
})
