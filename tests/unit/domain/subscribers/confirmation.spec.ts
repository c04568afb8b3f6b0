import {
  confirmationLinkExpiry,
  confirmationMailWindowStart,
  confirmedSubscriber,
  linkState,
  readSubscriptionRequest,
  usedLinkOutcome,
} from '@/domain/subscribers/confirmation'

const now = new Date('2026-12-01T10:00:00.000Z')

describe('confirmation links', () => {
  it('should expire 7 days after the request and limit mails to one per 15 minutes', () => {
    expect([confirmationLinkExpiry(now), confirmationMailWindowStart(now)]).toEqual([
      '2026-12-08T10:00:00.000Z',
      '2026-12-01T09:45:00.000Z',
    ])
  })

  it('should tell valid, expired and used links apart, used first', () => {
    expect([
      linkState({ expiresAt: '2026-12-08T10:00:00.000Z', now }),
      linkState({ expiresAt: now.toISOString(), now }),
      linkState({ expiresAt: '2026-11-01T10:00:00.000Z', usedAt: '2026-10-30T10:00:00.000Z', now }),
    ]).toEqual(['valid', 'expired', 'used'])
  })

  it('should say a used link is confirmed only while the person is subscribed', () => {
    expect([usedLinkOutcome('active'), usedLinkOutcome('unsubscribed')]).toEqual([
      'already',
      'used',
    ])
  })

  it('should apply the names of the request, keep known ones left empty, and record the consent', () => {
    const request = readSubscriptionRequest({
      firstName: 'Anne',
      lastName: '',
      organisation: 'ASBL',
      requestedAt: '2026-11-30T09:00:00.000Z',
    })
    expect(
      confirmedSubscriber({
        current: { firstName: 'Ancienne', lastName: 'Dupont', organisation: null },
        request: request as NonNullable<typeof request>,
        now,
      }),
    ).toEqual({
      firstName: 'Anne',
      lastName: 'Dupont',
      organisation: 'ASBL',
      status: 'active',
      consent: {
        at: '2026-11-30T09:00:00.000Z',
        source: 'form',
        detail: 'Formulaire /newsletter',
        confirmedAt: '2026-12-01T10:00:00.000Z',
      },
    })
  })

  it('should read nothing from a malformed stored request', () => {
    expect([readSubscriptionRequest(null), readSubscriptionRequest({ requestedAt: 'x' })]).toEqual([
      null,
      null,
    ])
  })
})
