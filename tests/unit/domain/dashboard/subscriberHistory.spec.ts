import { shortMonthLabel, subscriberHistory } from '@/domain/dashboard/subscriberHistory'

describe('subscriberHistory', () => {
  const today = new Date('2026-11-23T10:00:00.000Z')

  it('should count active and cumulative unsubscribed people at each month end, in Brussels time', () => {
    const rows = [
      { status: 'active', joinedAt: '2026-08-10T10:00:00.000Z', unsubscribedAt: null },
      // 31 October 23:30 UTC is already November in Brussels.
      { status: 'active', joinedAt: '2026-10-31T23:30:00.000Z', unsubscribedAt: null },
      {
        status: 'unsubscribed',
        joinedAt: '2026-09-01T10:00:00.000Z',
        unsubscribedAt: '2026-10-15T10:00:00.000Z',
      },
      { status: 'pending', joinedAt: '2026-09-01T10:00:00.000Z', unsubscribedAt: null },
      { status: 'bounced', joinedAt: '2026-09-01T10:00:00.000Z', unsubscribedAt: null },
    ]
    expect(subscriberHistory({ rows, today, months: 4 })).toEqual([
      { month: '2026-08', active: 1, unsubscribed: 0 },
      { month: '2026-09', active: 2, unsubscribed: 0 },
      { month: '2026-10', active: 1, unsubscribed: 1 },
      { month: '2026-11', active: 2, unsubscribed: 1 },
    ])
  })

  it('should ignore people who joined after the period and label months in French', () => {
    const rows = [{ status: 'active', joinedAt: '2027-01-01T10:00:00.000Z', unsubscribedAt: null }]
    expect([subscriberHistory({ rows, today, months: 1 }), shortMonthLabel('2026-02')]).toEqual([
      [{ month: '2026-11', active: 0, unsubscribed: 0 }],
      'févr. 26',
    ])
  })
})
