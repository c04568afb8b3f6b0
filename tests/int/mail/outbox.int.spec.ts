import type { Payload } from 'payload'

import { captureLogs } from '../../helpers/captureLogs'
import { localMailer } from '../../helpers/localMailer'
import type { SilentServer } from '../../helpers/silentServer'
import { startSilentServer } from '../../helpers/silentServer'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import type { LocalResendServer } from '@/server/mail/localResend/localResendServer'
import { startLocalResendServer } from '@/server/mail/localResend/localResendServer'
import { fromOutboxRow, outgoingMailKey } from '@/domain/mail/outbox'
import { drainOutbox, queueMail } from '@/server/mail/outbox'

/** The transactional outbox: queued by requests, sent by drains, each mail once. */
describe('outbox (queued transactional mails)', () => {
  let context: TestPayload
  let payload: Payload
  let mail: LocalResendServer
  let silent: SilentServer

  const queue = (to: string) =>
    queueMail({
      payload,
      mail: {
        kind: 'member-link',
        to,
        subject: 'Votre agenda personnel',
        html: `<p>Bonjour ${to}</p>`,
        text: `Bonjour ${to}`,
      },
    })
  const rows = async () =>
    (
      await payload.find({
        collection: 'outgoing-mails',
        sort: 'id',
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
    ).docs

  beforeAll(async () => {
    mail = await startLocalResendServer()
    silent = await startSilentServer()
    context = await getTestPayload()
    payload = context.payload
  })
  beforeEach(async () => {
    mail.outbox.clear()
    mail.setFaults({ errorRate: 0, acceptThenFailRate: 0 })
    await payload.delete({
      collection: 'outgoing-mails',
      where: { id: { exists: true } },
      overrideAccess: true,
    })
  })
  afterAll(async () => {
    await silent?.close()
    await mail?.close()
    await context?.cleanup()
  })

  it('should send each mail once when two drains run at once and answers get lost', async () => {
    const addresses = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => `${name}@federation.be`)
    for (const address of addresses) await queue(address)
    // Half the requests are accepted by the provider and then answered 500: the retry must not resend.
    mail.setFaults({ acceptThenFailRate: 0.5 })
    const mailer = localMailer(mail.url)
    // Two drains at a time (the scheduler's and a request's), again later for what they postponed
    // (the provider's 2 requests/s limit answers some of them 429).
    let clock = Date.now()
    for (
      let round = 0;
      round < 5 && (await rows()).some((row) => row.status === 'queued');
      round += 1
    ) {
      const now = () => new Date(clock)
      await Promise.all([
        drainOutbox({ payload, mailer, now }),
        drainOutbox({ payload, mailer, now }),
      ])
      clock += 3 * 3600_000
    }
    const sent = mail.outbox.all().map((email) => email.to[0])
    const after = await rows()
    expect([...sent].sort()).toEqual(addresses)
    expect(after.map((row) => [row.status, typeof row.providerId, typeof row.sentAt])).toEqual(
      addresses.map(() => ['sent', 'string', 'string']),
    )
  })

  it('should not send again a mail whose answer was lost before it was recorded', async () => {
    const row = await queue('perdu@federation.be')
    const mailer = localMailer(mail.url)
    // The provider got it (same key a drain uses), then the process died before writing « sent ».
    const first = await mailer.send(fromOutboxRow(row), { idempotencyKey: outgoingMailKey(row) })
    await drainOutbox({ payload, mailer })
    const [after] = await rows()
    expect([mail.outbox.all().length, after?.status, after?.providerId]).toEqual([
      1,
      'sent',
      first.id,
    ])
  })

  it('should give up at once, logged, on a mail the provider refuses', async () => {
    await queue('pas-une-adresse')
    const { lines } = await captureLogs(payload, () =>
      drainOutbox({ payload, mailer: localMailer(mail.url) }),
    )
    const [after] = await rows()
    expect([after?.status, after?.attempts, typeof after?.lastError]).toEqual([
      'failed',
      1,
      'string',
    ])
    expect(lines.filter((line) => line.msg === 'Courriel abandonné après échec').length).toBe(1)
  })

  it('should retry transient errors with backoff and mark the mail failed after 5 attempts', async () => {
    await queue('instable@federation.be')
    mail.setFaults({ errorRate: 1 })
    const mailer = localMailer(mail.url)
    const start = Date.now()
    let clock = start
    const seen: Array<[string, number, number | null]> = []
    const { lines } = await captureLogs(payload, async () => {
      for (let drain = 0; drain < 5; drain += 1) {
        await drainOutbox({ payload, mailer, now: () => new Date(clock) })
        const [row] = await rows()
        const wait = row?.availableAt ? (Date.parse(row.availableAt) - clock) / 60_000 : null
        seen.push([row?.status as string, row?.attempts as number, wait])
        if (row?.availableAt) clock = Date.parse(row.availableAt)
      }
    })
    expect(seen).toEqual([
      ['queued', 1, 1],
      ['queued', 2, 5],
      ['queued', 3, 30],
      ['queued', 4, 120],
      ['failed', 5, null],
    ])
    expect([
      mail.outbox.all().length,
      lines.filter((line) => line.msg === 'Courriel à réessayer').length,
      lines.filter((line) => line.msg === 'Courriel abandonné après échec').length,
    ]).toEqual([0, 4, 1])
  })

  it('should stop waiting for a provider that never answers and keep the mail for later', async () => {
    await queue('silence@federation.be')
    await drainOutbox({ payload, mailer: localMailer(silent.url), sendTimeoutMs: 300 })
    const [after] = await rows()
    expect([after?.status, after?.attempts, after?.lastError?.includes('pas de réponse')]).toEqual([
      'queued',
      1,
      true,
    ])
  })
})
