import type { AlertIssue, AlertSend } from '@/domain/dashboard/broadcastAlerts'
import { broadcastAlerts } from '@/domain/dashboard/broadcastAlerts'

describe('broadcastAlerts', () => {
  const now = new Date('2026-11-30T10:00:00.000Z')
  const send = (overrides: Partial<AlertSend>): AlertSend => ({
    id: 1,
    label: 'Mars 2027',
    status: 'sending',
    stopReason: null,
    lastError: null,
    ...overrides,
  })
  const issue = (overrides: Partial<AlertIssue>): AlertIssue => ({
    id: 7,
    subject: '#ActUNIPSO – Décembre 2026',
    scheduledAt: '2026-11-30T06:00:00.000Z',
    hasSend: false,
    ...overrides,
  })

  it('should list a paused send with its stop reason', () => {
    expect(
      broadcastAlerts({
        sends: [send({ status: 'paused', stopReason: 'Rejets définitifs : 3,1 %' })],
        issues: [],
        now,
      }),
    ).toEqual([
      { kind: 'paused', sendId: 1, label: 'Mars 2027', reason: 'Rejets définitifs : 3,1 %' },
    ])
  })

  it('should list a failed send with its stop reason before its last error', () => {
    expect(
      broadcastAlerts({
        sends: [
          send({
            status: 'failed',
            stopReason: 'invalid_idempotent_request : le lot 3 a changé de contenu',
            lastError: 'MailerError',
          }),
        ],
        issues: [],
        now,
      }).map((alert) => [alert.kind, 'reason' in alert ? alert.reason : null]),
    ).toEqual([['failed', 'invalid_idempotent_request : le lot 3 a changé de contenu']])
  })

  it('should fall back to the last error of a failed send without a stop reason', () => {
    expect(
      broadcastAlerts({
        sends: [send({ status: 'failed', lastError: 'SQLITE_BUSY' })],
        issues: [],
        now,
      }).map((alert) => ('reason' in alert ? alert.reason : null)),
    ).toEqual(['SQLITE_BUSY'])
  })

  it('should ignore running and finished sends', () => {
    expect(
      broadcastAlerts({
        sends: [
          send({ status: 'sending' }),
          send({ status: 'done' }),
          send({ status: 'cancelled' }),
        ],
        issues: [],
        now,
      }),
    ).toEqual([])
  })

  it('should list a scheduled issue more than two hours late and without a send', () => {
    expect(broadcastAlerts({ sends: [], issues: [issue({})], now })).toEqual([
      {
        kind: 'late',
        issueId: 7,
        subject: '#ActUNIPSO – Décembre 2026',
        scheduledAt: '2026-11-30T06:00:00.000Z',
      },
    ])
  })

  it('should not list a late issue whose send already started, nor one still within the grace', () => {
    expect(
      broadcastAlerts({
        sends: [],
        issues: [issue({ hasSend: true }), issue({ scheduledAt: '2026-11-30T09:00:00.000Z' })],
        now,
      }),
    ).toEqual([])
  })

  it('should put paused sends first, then failed ones, then late issues', () => {
    expect(
      broadcastAlerts({
        sends: [send({ id: 1, status: 'failed' }), send({ id: 2, status: 'paused' })],
        issues: [issue({})],
        now,
      }).map((alert) => alert.kind),
    ).toEqual(['paused', 'failed', 'late'])
  })
})
