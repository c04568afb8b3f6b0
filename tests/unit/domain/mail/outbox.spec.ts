import {
  OUTBOX_MAX_ATTEMPTS,
  afterFailedAttempt,
  fromOutboxRow,
  outgoingMailKey,
  toOutboxRow,
} from '@/domain/mail/outbox'

const now = new Date('2026-12-01T10:00:00.000Z')
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString()

describe('outbox rules', () => {
  it('should give every queued mail one idempotency key for all its attempts, distinct for a reused id', () => {
    const createdAt = '2026-12-01T10:00:00.000Z'
    expect([
      outgoingMailKey({ id: 42, createdAt }),
      outgoingMailKey({ id: 42, createdAt: '2026-12-01T10:05:00.000Z' }),
    ]).toEqual(['outgoing-mail/42-1796119200000', 'outgoing-mail/42-1796119500000'])
  })

  it('should retry transient errors after 1, 5, 30 and 120 minutes, then give up', () => {
    const outcomes = [1, 2, 3, 4, 5].map((attempts) =>
      afterFailedAttempt({ attempts, isRetryable: true, error: 'timeout', now }),
    )
    expect(outcomes.map((outcome) => [outcome.status, outcome.availableAt])).toEqual([
      ['queued', later(1)],
      ['queued', later(5)],
      ['queued', later(30)],
      ['queued', later(120)],
      ['failed', null],
    ])
    expect(OUTBOX_MAX_ATTEMPTS).toBe(5)
  })

  it('should give up at once when the provider refuses the mail itself', () => {
    expect(
      afterFailedAttempt({ attempts: 1, isRetryable: false, error: 'validation_error: to', now }),
    ).toEqual({ status: 'failed', availableAt: null, lastError: 'validation_error: to' })
  })

  it('should give back the mail it stored', () => {
    const mail = {
      kind: 'member-link',
      to: 'anne@federation.be',
      subject: 'Votre agenda',
      html: '<p>Bonjour</p>',
      text: 'Bonjour',
      tags: [{ name: 'kind', value: 'member-feed' }],
    }
    expect(fromOutboxRow(toOutboxRow(mail))).toEqual({
      to: ['anne@federation.be'],
      subject: 'Votre agenda',
      html: '<p>Bonjour</p>',
      text: 'Bonjour',
      tags: [{ name: 'kind', value: 'member-feed' }],
    })
  })
})
