import { feedWindow } from '@/domain/calendar/calendarEvent'
import { CANCELLED_RETENTION_DAYS, isStillInFeeds } from '@/domain/calendar/feedRetention'

const cancelledForum = { status: 'cancelled' as const, isAllDay: true, end: '2020-02-22' }
const cancelledWebinar = {
  status: 'cancelled' as const,
  isAllDay: false,
  end: '2026-12-11T11:30:00.000+01:00',
}

describe('isStillInFeeds', () => {
  it('should keep a cancelled all-day event until 30 days after its last day, Brussels time', () => {
    // The Forum's last day is 21/02; its exclusive end is Brussels midnight of 22/02 (23:00 UTC on 21/02).
    expect([
      isStillInFeeds({ event: cancelledForum, now: new Date('2020-03-22T22:59:59Z') }),
      isStillInFeeds({ event: cancelledForum, now: new Date('2020-03-22T23:00:00Z') }),
    ]).toEqual([true, false])
  })

  it('should keep a cancelled timed event until 30 days after its end', () => {
    expect([
      isStillInFeeds({ event: cancelledWebinar, now: new Date('2027-01-10T10:29:59Z') }),
      isStillInFeeds({ event: cancelledWebinar, now: new Date('2027-01-10T10:30:00Z') }),
    ]).toEqual([true, false])
  })

  it('should keep a cancelled event that has not happened yet', () => {
    expect(isStillInFeeds({ event: cancelledWebinar, now: new Date('2026-12-01T00:00:00Z') })).toBe(
      true,
    )
  })

  it('should never drop a confirmed or postponed event, however old', () => {
    const now = new Date('2030-01-01T00:00:00Z')
    expect([
      isStillInFeeds({ event: { ...cancelledForum, status: 'confirmed' }, now }),
      isStillInFeeds({ event: { ...cancelledForum, status: 'postponed' }, now }),
    ]).toEqual([true, true])
  })

  it('should state the retention in days', () => {
    expect(CANCELLED_RETENTION_DAYS).toBe(30)
  })
})

describe('feedWindow', () => {
  const event = (start: string, end: string, status: 'confirmed' | 'cancelled') => ({
    start,
    end,
    isAllDay: true,
    status,
  })

  it('should drop cancelled events past their 30 days and keep past confirmed ones', () => {
    const events = [
      event('2020-02-21', '2020-02-22', 'cancelled'),
      event('2020-02-20', '2020-02-21', 'confirmed'),
      event('2020-03-30', '2020-03-31', 'cancelled'),
      event('2020-05-01', '2020-05-02', 'confirmed'),
    ]
    expect(
      feedWindow({ events, now: new Date('2020-04-15T12:00:00Z'), pastLimit: 10 }).map(
        (entry) => `${entry.start} ${entry.status}`,
      ),
    ).toEqual(['2020-02-20 confirmed', '2020-03-30 cancelled', '2020-05-01 confirmed'])
  })

  it('should keep only the most recent past events up to the limit', () => {
    const events = [
      event('2020-01-10', '2020-01-11', 'confirmed'),
      event('2020-02-10', '2020-02-11', 'confirmed'),
      event('2020-05-01', '2020-05-02', 'confirmed'),
    ]
    expect(
      feedWindow({ events, now: new Date('2020-04-15T12:00:00Z'), pastLimit: 1 }).map(
        (entry) => entry.start,
      ),
    ).toEqual(['2020-02-10', '2020-05-01'])
  })
})
