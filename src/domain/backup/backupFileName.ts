import { DateTime } from 'luxon'

import { BRUSSELS } from '@/domain/dates/brussels'

/**
 * The name of a backup taken at `now`, in Brussels wall-clock time so it reads like the admin's dates
 * and sorts chronologically.
 *
 * @example backupFileName(new Date('2026-07-01T12:34:56.000Z')) // 'actunipso-20260701-143456.db'
 */
export function backupFileName(now: Date): string {
  return `actunipso-${DateTime.fromJSDate(now, { zone: BRUSSELS }).toFormat('yyyyMMdd-HHmmss')}.db`
}
