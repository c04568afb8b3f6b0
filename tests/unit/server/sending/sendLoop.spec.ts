import { MailerError } from '@/domain/errors'
import { DEFAULT_SAFETY_THRESHOLDS } from '@/domain/sending/safetyStop'
import type { SendLog } from '@/server/sending/sendLoop'
import { sendLoop } from '@/server/sending/sendLoop'
import { fakeClock } from '../../../helpers/fakeClock'
import type { MailerCall } from '../../../helpers/fakeMailer'
import { fakeMailer } from '../../../helpers/fakeMailer'
import type { FakeSendStore } from '../../../helpers/fakeSendStore'
import { fakeRecipients, fakeSendStore } from '../../../helpers/fakeSendStore'

const silentLog: SendLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }

const run = ({
  store,
  mailer,
  signal,
}: {
  store: FakeSendStore
  mailer: ReturnType<typeof fakeMailer>
  signal?: AbortSignal
}) =>
  sendLoop({
    store,
    mailer,
    sendId: 7,
    log: silentLog,
    signal,
    clock: fakeClock(),
    thresholds: DEFAULT_SAFETY_THRESHOLDS,
  })

const keysOf = (calls: MailerCall[]) => calls.map((call) => call.key)

/** Three batches of two queued recipients, r1 to r6. */
const threeBatches = () => [fakeRecipients(2, 1), fakeRecipients(2, 3), fakeRecipients(2, 5)]

const mailerError = (code: string, statusCode: number, retryAfterSeconds: number | null = null) =>
  new MailerError({ code, message: `${code} (test)`, statusCode, retryAfterSeconds })

describe('sendLoop', () => {
  it('should send every batch once under its key and mark the send done', async () => {
    const store = fakeSendStore({ batches: threeBatches() })
    const mailer = fakeMailer()
    const result = await run({ store, mailer })
    expect([result, keysOf(mailer.calls), store.dones]).toEqual([
      'done',
      ['send-7-batch-1', 'send-7-batch-2', 'send-7-batch-3'],
      [expect.objectContaining({ sent: 6, queued: 0 })],
    ])
  })

  it('should record the provider id of each recipient', async () => {
    const store = fakeSendStore({ batches: [fakeRecipients(2, 1)] })
    await run({ store, mailer: fakeMailer() })
    expect(store.accepted).toEqual([
      { id: 1, providerId: 'id-r1@asbl.be' },
      { id: 2, providerId: 'id-r2@asbl.be' },
    ])
  })

  it('should send a batch longer than the provider limit in parts, each under its own key', async () => {
    const store = fakeSendStore({ batches: [fakeRecipients(150, 1)] })
    const mailer = fakeMailer()
    const result = await run({ store, mailer })
    expect([result, mailer.calls.map((call) => [call.key, call.to.length])]).toEqual([
      'done',
      [
        ['send-7-batch-1', 100],
        ['send-7-batch-1-part-2', 50],
      ],
    ])
  })

  it('should resend a resumed batch whole, under the same key, and send no recorded batch', async () => {
    const [first, second] = [fakeRecipients(2, 1), fakeRecipients(2, 3)]
    const store = fakeSendStore({
      batches: [
        first.map((recipient) => ({ ...recipient, status: 'sent' as const })),
        [{ ...(second[0] as (typeof second)[0]), status: 'sent' }, second[1] as (typeof second)[0]],
      ],
    })
    const mailer = fakeMailer()
    const result = await run({ store, mailer })
    expect([result, mailer.calls]).toEqual([
      'done',
      [{ kind: 'batch', key: 'send-7-batch-2', to: ['r3@asbl.be', 'r4@asbl.be'] }],
    ])
  })

  it('should fix the audience size after preparation, then send', async () => {
    const store = fakeSendStore({
      batches: threeBatches(),
      state: { status: 'preparing', total: 0 },
      preparation: [
        { written: 4, isDone: false },
        { written: 2, isDone: true },
      ],
    })
    const mailer = fakeMailer()
    const result = await run({ store, mailer })
    expect([result, store.markedSending, mailer.calls.length]).toEqual(['done', [6], 3])
  })

  it('should stop the send as failed on 409 invalid_idempotent_request, re-sending nothing under other keys', async () => {
    const store = fakeSendStore({ batches: threeBatches() })
    const mailer = fakeMailer({
      fail: (call) =>
        call.key === 'send-7-batch-2' ? mailerError('invalid_idempotent_request', 409) : null,
    })
    const result = await run({ store, mailer })
    expect([result, mailer.calls.map((call) => [call.kind, call.key]), store.dones]).toEqual([
      'failed',
      [
        ['batch', 'send-7-batch-1'],
        ['batch', 'send-7-batch-2'],
      ],
      [],
    ])
  })

  it('should give the 409 as the reason of the failed send', async () => {
    const store = fakeSendStore({ batches: threeBatches() })
    const mailer = fakeMailer({
      fail: (call) =>
        call.key === 'send-7-batch-2' ? mailerError('invalid_idempotent_request', 409) : null,
    })
    await run({ store, mailer })
    expect(store.stops).toEqual([
      {
        status: 'failed',
        reason: expect.stringMatching(/lot n° 2 .*409 invalid_idempotent_request/),
      },
    ])
  })

  it('should retry the same key after 409 concurrent_idempotent_requests', async () => {
    const store = fakeSendStore({ batches: threeBatches() })
    const mailer = fakeMailer({
      fail: (call, nth) =>
        call.key === 'send-7-batch-1' && nth === 1
          ? mailerError('concurrent_idempotent_requests', 409, 0)
          : null,
    })
    const result = await run({ store, mailer })
    expect([result, keysOf(mailer.calls)]).toEqual([
      'done',
      ['send-7-batch-1', 'send-7-batch-1', 'send-7-batch-2', 'send-7-batch-3'],
    ])
  })

  it('should send a batch refused as invalid one by one, each under its own key', async () => {
    const store = fakeSendStore({ batches: [fakeRecipients(2, 1), fakeRecipients(1, 3)] })
    const mailer = fakeMailer({
      fail: (call) =>
        call.key === 'send-7-batch-1' || call.to[0] === 'r2@asbl.be'
          ? mailerError('validation_error', 422)
          : null,
    })
    const result = await run({ store, mailer })
    expect([result, mailer.calls.map((call) => [call.kind, call.key])]).toEqual([
      'done',
      [
        ['batch', 'send-7-batch-1'],
        ['single', 'send-7-batch-1-delivery-1'],
        ['single', 'send-7-batch-1-delivery-2'],
        ['batch', 'send-7-batch-2'],
      ],
    ])
  })

  it('should record the recipients refused one by one as refused', async () => {
    const store = fakeSendStore({ batches: [fakeRecipients(2, 1)] })
    const mailer = fakeMailer({
      fail: (call) =>
        call.key === 'send-7-batch-1' || call.to[0] === 'r2@asbl.be'
          ? mailerError('validation_error', 422)
          : null,
    })
    await run({ store, mailer })
    expect([store.accepted, store.refused, store.dones]).toEqual([
      [{ id: 1, providerId: 'id-r1@asbl.be' }],
      [{ id: 2, reason: 'validation_error: validation_error (test)' }],
      [expect.objectContaining({ sent: 1, failed: 1, queued: 0 })],
    ])
  })

  describe('safety stops', () => {
    /** Six batches of 100, the 20 first of the sixth bouncing at once, then a seventh batch. */
    const bouncingSend = (hasSafetyStops: boolean) =>
      fakeSendStore({
        batches: [
          ...Array.from({ length: 6 }, (_, index) => fakeRecipients(100, index * 100 + 1)),
          fakeRecipients(1, 601),
        ],
        state: { hasSafetyStops },
        bounceOnAccept: Array.from({ length: 20 }, (_, index) => 501 + index),
      })

    it('should pause before the next batch once 20 of 600 handed over bounced', async () => {
      const store = bouncingSend(true)
      const mailer = fakeMailer()
      const result = await run({ store, mailer })
      expect([result, mailer.calls.length, store.stops, store.dones]).toEqual([
        'paused',
        6,
        [
          {
            status: 'paused',
            reason:
              'Pause de sécurité : 20 rejets définitifs sur 600 courriels remis (3,33 %), au-delà du seuil de 2 %. Vérifiez la liste avant de reprendre ou d’annuler l’envoi.',
          },
        ],
        [],
      ])
    })

    it('should go on when the safety stops were turned off', async () => {
      const store = bouncingSend(false)
      const mailer = fakeMailer()
      const result = await run({ store, mailer })
      expect([result, mailer.calls.length, store.stops]).toEqual(['done', 7, []])
    })
  })

  it('should stop between batches when the signal is aborted, batch 1 recorded and the lock released', async () => {
    const controller = new AbortController()
    const store = fakeSendStore({ batches: threeBatches() })
    const mailer = fakeMailer({
      onCall: (call) => {
        if (call.key === 'send-7-batch-1') controller.abort()
      },
    })
    const result = await run({ store, mailer, signal: controller.signal })
    expect([
      result,
      keysOf(mailer.calls),
      store.rows.flat().map((recipient) => recipient.status),
      store.calls.at(-1),
      store.stops,
    ]).toEqual([
      'stopped',
      ['send-7-batch-1'],
      ['sent', 'sent', 'queued', 'queued', 'queued', 'queued'],
      'release',
      [],
    ])
  })

  it('should answer busy without sending or marking anything when the lock is lost during preparation', async () => {
    const store = fakeSendStore({
      batches: threeBatches(),
      state: { status: 'preparing', total: 0 },
      preparation: [{ written: 4, isDone: false }, { isLockLost: true }],
    })
    const mailer = fakeMailer()
    const result = await run({ store, mailer })
    expect([result, mailer.calls, store.markedSending, store.stops, store.dones]).toEqual([
      'busy',
      [],
      [],
      [],
      [],
    ])
  })

  it('should answer busy after the batch during which the lease was lost', async () => {
    const store = fakeSendStore({ batches: threeBatches() })
    const mailer = fakeMailer({
      onCall: (call) => {
        if (call.key === 'send-7-batch-1') store.loseLock()
      },
    })
    const result = await run({ store, mailer })
    expect([result, keysOf(mailer.calls), store.stops, store.dones]).toEqual([
      'busy',
      ['send-7-batch-1'],
      [],
      [],
    ])
  })

  it('should answer busy without touching anything when another worker holds the send', async () => {
    const store = fakeSendStore({ batches: threeBatches(), isClaimable: false })
    const mailer = fakeMailer()
    const result = await run({ store, mailer })
    expect([result, mailer.calls, store.calls]).toEqual(['busy', [], ['claim']])
  })

  it('should stop the send as failed when the provider answers fewer ids than recipients', async () => {
    const store = fakeSendStore({ batches: threeBatches() })
    const mailer = fakeMailer({ dropIds: (call) => call.key === 'send-7-batch-1' })
    const result = await run({ store, mailer })
    expect([result, keysOf(mailer.calls), store.accepted, store.stops]).toEqual([
      'failed',
      ['send-7-batch-1'],
      [],
      [
        {
          status: 'failed',
          reason:
            'Le fournisseur a répondu au lot n° 1 pour 1 destinataire(s) au lieu de 2 : envoi arrêté pour ne rien envoyer deux fois.',
        },
      ],
    ])
  })

  it('should fail and never mark done when fewer outcomes are recorded than recipients frozen', async () => {
    const store = fakeSendStore({ batches: threeBatches(), state: { total: 7 } })
    const result = await run({ store, mailer: fakeMailer() })
    expect([result, store.stops, store.calls.includes('markDone')]).toEqual([
      'failed',
      [
        {
          status: 'failed',
          reason:
            'Envoi incomplet : 6 distribution(s) enregistrée(s) pour 7 destinataire(s) figé(s) au départ. L’envoi n’est pas marqué comme envoyé ; vérifiez le journal des distributions.',
        },
      ],
      false,
    ])
  })

  it('should note a provider error that outlasts the retries and leave the send resumable', async () => {
    const store = fakeSendStore({ batches: threeBatches() })
    const mailer = fakeMailer({
      fail: (call) =>
        call.key === 'send-7-batch-2' ? mailerError('internal_server_error', 500, 0) : null,
    })
    const result = await run({ store, mailer })
    expect([result, mailer.calls.length, store.notes, store.stops]).toEqual([
      'failed',
      9,
      ['internal_server_error: internal_server_error (test)'],
      [],
    ])
  })
})
