import { DateTime } from 'luxon'

import { BRUSSELS } from '../dates/brussels'

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/

/** Validates an issue month ("2020-02"); returns true or a French message. */
export function validateIssueMonth(value: string | null | undefined): true | string {
  if (!value) return 'Indiquez le mois du numéro (AAAA-MM).'
  return MONTH_PATTERN.test(value)
    ? true
    : `Mois invalide : « ${value} ». Format attendu : AAAA-MM, par exemple 2020-02.`
}

/**
 * The default window of meetings an issue lists (Instances, Groupes de travail): from a week
 * before its month to the end of the following month, as in the reference issue, whose
 * February lines run from 31/01 to 20/03. Dates are Brussels days, returned as UTC instants.
 *
 * @example defaultMeetingsWindow('2020-02') // { from: '2020-01-24T23:00:00.000Z', until: '2020-03-31T21:59:59.999Z' }
 */
export function defaultMeetingsWindow(month: string): { from: string; until: string } {
  const start = DateTime.fromFormat(month, 'yyyy-MM', { zone: BRUSSELS })
  if (!start.isValid) throw new Error(`Mois invalide : ${month}`)
  return {
    from: start.minus({ days: 7 }).toUTC().toISO() as string,
    until: start.plus({ months: 1 }).endOf('month').toUTC().toISO() as string,
  }
}

/**
 * An issue's default subject, named by its month (editors may change it).
 *
 * @example issueSubjectFor('2026-12') // '#ActUNIPSO – Décembre 2026'
 */
export function issueSubjectFor(month: string): string {
  return `#ActUNIPSO – ${formatIssueMonth(month)}`
}

/** "Février 2020" */
export function formatIssueMonth(month: string): string {
  const start = DateTime.fromFormat(month, 'yyyy-MM', { zone: BRUSSELS }).setLocale('fr')
  if (!start.isValid) throw new Error(`Mois invalide : ${month}`)
  const text = start.toFormat('LLLL yyyy')
  return text.charAt(0).toUpperCase() + text.slice(1)
}
