import type { Payload } from 'payload'

import type { TestPayload } from '../../helpers/testPayload'
import type { SendingSpec } from '../../helpers/startSendingSpec'
import { startSendingSpec } from '../../helpers/startSendingSpec'
import { runSchedulerTick, startScheduler } from '@/server/cron/scheduler'
import type { LocalResendServer } from '@/server/mail/localResend/localResendServer'
import type { Mailer } from '@/server/mail/mailer'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The scheduler's heartbeat in the `scheduler-status` global, read by GET /api/health. */
describe('scheduler heartbeat', () => {
  let context: TestPayload
  let payload: Payload
  let mail: LocalResendServer
  let mailer: Mailer
  let issues: SendingSpec['issues']

  const dueIssue = (scheduledAt = '2026-01-01T08:00:00.000Z') =>
    issues({ status: 'scheduled', scheduledAt })
  const status = () => payload.findGlobal({ slug: 'scheduler-status', overrideAccess: true })

  beforeAll(async () => {
    ;({ context, payload, mail, mailer, issues } = await startSendingSpec({
      year: 2060,
      subjectPrefix: 'Battement',
    }))
    for (const email of ['un@federation.be', 'deux@federation.be', 'trois@federation.be']) {
      await payload.create({ collection: 'subscribers', data: { email, status: 'active' } })
    }
  })
  afterEach(() => mail.setFaults({ burst429: 0, slowMs: 0 }))
  afterAll(async () => {
    await mail?.close()
    await context?.cleanup()
  })

  it('should record the time and success of a tick with nothing to send', async () => {
    const before = Date.now()
    const tick = await runSchedulerTick({ payload, mailer, now: new Date() })
    const after = Date.now()
    const recorded = await status()
    const at = Date.parse(recorded.lastTickAt ?? '')
    expect([
      tick.isOk,
      at >= before - 1 && at <= after + 1,
      recorded.lastTickOk,
      recorded.lastTickError ?? null,
    ]).toEqual([true, true, true, null])
  })

  it('should record a send that failed as a failed tick, with the reason', async () => {
    await dueIssue()
    // Eight 429s in a row: runSend's retries are used up and the send stops, to be resumed later.
    mail.setFaults({ burst429: 8 })
    const tick = await runSchedulerTick({
      payload,
      mailer,
      now: new Date('2026-01-01T08:01:00.000Z'),
    })
    const recorded = await status()
    expect([tick.isOk, tick.results.map((entry) => entry.result), recorded.lastTickOk]).toEqual([
      false,
      ['failed'],
      false,
    ])
    expect(recorded.lastTickError).toMatch(
      /^Envoi\(s\) en échec : n° \d+ \(voir Diffusion > Envois/,
    )
  })

  it('should clear the error once the next tick resumes the send', async () => {
    const tick = await runSchedulerTick({
      payload,
      mailer,
      now: new Date('2026-01-01T08:02:00.000Z'),
    })
    const recorded = await status()
    expect([
      tick.results.map((entry) => entry.result),
      recorded.lastTickOk,
      recorded.lastTickError ?? null,
    ]).toEqual([['done'], true, null])
  })

  it('should keep beating while a long send holds the tick', async () => {
    await payload.updateGlobal({
      slug: 'scheduler-status',
      data: { lastTickAt: null, lastTickOk: null, lastTickError: null },
      overrideAccess: true,
    })
    // Due a minute ago on the real clock (an issue hours late waits for a human instead).
    const issue = await dueIssue(new Date(Date.now() - 60_000).toISOString())
    // The one batch takes 4 s; the task ticks every second and skips the overlapping runs.
    mail.setFaults({ slowMs: 4000 })
    const task = startScheduler({ payload, mailer, expression: '* * * * * *' })
    const seen: Array<{ sendStatus: string | null; hasTick: boolean }> = []
    try {
      for (let poll = 0; poll < 60; poll += 1) {
        const send = (
          await payload.find({
            collection: 'sends',
            where: { issue: { equals: issue.id } },
            depth: 0,
            overrideAccess: true,
          })
        ).docs[0]
        seen.push({
          sendStatus: send?.status ?? null,
          hasTick: Boolean((await status()).lastTickAt),
        })
        if (send?.status === 'done') break
        await sleep(250)
      }
    } finally {
      await task.destroy()
    }
    // Before the send ends, no tick has finished: only the skipped runs can have written the time.
    expect(seen.some((entry) => entry.sendStatus === 'sending' && entry.hasTick)).toBe(true)
    expect(seen.at(-1)).toEqual({ sendStatus: 'done', hasTick: true })
  })
})
