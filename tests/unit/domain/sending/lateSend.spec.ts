import { LATE_SEND_GRACE_MS, isLateSend } from '@/domain/sending/lateSend'

describe('isLateSend', () => {
  const now = new Date('2026-11-30T10:00:00.000Z')

  it('should call a send late when its time passed more than the grace ago', () => {
    expect(
      isLateSend({ scheduledAt: '2026-11-30T07:59:59.000Z', now, graceMs: LATE_SEND_GRACE_MS }),
    ).toBe(true)
  })

  it('should not call a send late exactly at the end of the grace', () => {
    expect(
      isLateSend({ scheduledAt: '2026-11-30T08:00:00.000Z', now, graceMs: LATE_SEND_GRACE_MS }),
    ).toBe(false)
  })

  it('should not call a send late within the grace (the server was down a few minutes)', () => {
    expect(isLateSend({ scheduledAt: '2026-11-30T09:30:00.000Z', now })).toBe(false)
  })

  it('should not call a future send late', () => {
    expect(isLateSend({ scheduledAt: '2026-12-01T09:00:00.000Z', now })).toBe(false)
  })

  it('should take a Date as well as an ISO string', () => {
    expect(isLateSend({ scheduledAt: new Date('2026-11-29T10:00:00.000Z'), now })).toBe(true)
  })

  it('should never call an issue without a (valid) time late', () => {
    expect([
      isLateSend({ scheduledAt: null, now }),
      isLateSend({ scheduledAt: undefined, now }),
      isLateSend({ scheduledAt: 'pas une date', now }),
    ]).toEqual([false, false, false])
  })

  it('should use the given grace', () => {
    expect(isLateSend({ scheduledAt: '2026-11-30T09:58:00.000Z', now, graceMs: 60_000 })).toBe(true)
  })
})
