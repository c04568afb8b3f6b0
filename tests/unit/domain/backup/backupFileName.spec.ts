import { backupFileName } from '@/domain/backup/backupFileName'

describe('backupFileName', () => {
  it('should use Brussels summer time (UTC+2)', () => {
    expect(backupFileName(new Date('2026-07-01T12:34:56.000Z'))).toBe(
      'actunipso-20260701-143456.db',
    )
  })

  it('should use Brussels winter time (UTC+1)', () => {
    expect(backupFileName(new Date('2026-01-15T08:00:05.000Z'))).toBe(
      'actunipso-20260115-090005.db',
    )
  })

  it('should date a backup taken late on 31 December UTC in the new year, as Brussels sees it', () => {
    expect(backupFileName(new Date('2026-12-31T23:30:00.000Z'))).toBe(
      'actunipso-20270101-003000.db',
    )
  })
})
