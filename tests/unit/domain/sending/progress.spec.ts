import { sendProgressView } from '@/domain/sending/progress'

describe('sendProgressView', () => {
  const now = new Date('2027-03-01T08:01:40.000Z')

  it('should give counts, pace and estimated end of a running send', () => {
    const view = sendProgressView({
      counts: { queued: 6000, sent: 3500, delivered: 400, failed: 50, bounced: 50 },
      startedAt: '2027-03-01T08:00:00.000Z',
      now,
    })
    expect([
      view.total,
      view.processed,
      view.percent,
      view.mailsPerSecond,
      view.etaSeconds,
      view.isFinished,
    ]).toEqual([10000, 4000, 40, 40, 150, false])
  })

  it('should measure a finished send up to its end, with no estimate', () => {
    const view = sendProgressView({
      counts: { sent: 200, delivered: 800 },
      startedAt: '2027-03-01T08:00:00.000Z',
      finishedAt: '2027-03-01T08:00:10.000Z',
      now,
    })
    expect([
      view.percent,
      view.mailsPerSecond,
      view.etaSeconds,
      view.isFinished,
      view.queued,
    ]).toEqual([100, 100, null, true, 0])
  })

  it('should not estimate before the send has started', () => {
    const view = sendProgressView({ counts: { queued: 30 }, now })
    expect([
      view.total,
      view.percent,
      view.mailsPerSecond,
      view.etaSeconds,
      view.isFinished,
    ]).toEqual([30, 0, null, null, false])
  })
})
