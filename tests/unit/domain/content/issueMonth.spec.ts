import {
  defaultMeetingsWindow,
  formatIssueMonth,
  issueSubjectFor,
  validateIssueMonth,
} from '@/domain/content/issueMonth'

describe('validateIssueMonth', () => {
  it('should accept a valid month', () => {
    expect(validateIssueMonth('2020-02')).toBe(true)
  })

  it('should accept December', () => {
    expect(validateIssueMonth('2020-12')).toBe(true)
  })

  it('should refuse month 13', () => {
    expect(validateIssueMonth('2020-13')).toBe(
      'Mois invalide : « 2020-13 ». Format attendu : AAAA-MM, par exemple 2020-02.',
    )
  })

  it('should refuse month 00', () => {
    expect(validateIssueMonth('2020-00')).toBe(
      'Mois invalide : « 2020-00 ». Format attendu : AAAA-MM, par exemple 2020-02.',
    )
  })

  it('should refuse a month without a leading zero', () => {
    expect(validateIssueMonth('2020-2')).toBe(
      'Mois invalide : « 2020-2 ». Format attendu : AAAA-MM, par exemple 2020-02.',
    )
  })

  it('should refuse a full date', () => {
    expect(validateIssueMonth('2020-02-01')).toBe(
      'Mois invalide : « 2020-02-01 ». Format attendu : AAAA-MM, par exemple 2020-02.',
    )
  })

  it('should ask for a month when the value is empty', () => {
    expect(validateIssueMonth('')).toBe('Indiquez le mois du numéro (AAAA-MM).')
  })

  it('should ask for a month when the value is null', () => {
    expect(validateIssueMonth(null)).toBe('Indiquez le mois du numéro (AAAA-MM).')
  })

  it('should ask for a month when the value is undefined', () => {
    expect(validateIssueMonth(undefined)).toBe('Indiquez le mois du numéro (AAAA-MM).')
  })
})

describe('defaultMeetingsWindow', () => {
  it('should run from a week before the month to the end of the next month (February 2020)', () => {
    expect(defaultMeetingsWindow('2020-02')).toEqual({
      from: '2020-01-24T23:00:00.000Z',
      until: '2020-03-31T21:59:59.999Z',
    })
  })

  it('should use the summer offset at the start and the winter offset at the end across October', () => {
    expect(defaultMeetingsWindow('2020-10')).toEqual({
      from: '2020-09-23T22:00:00.000Z',
      until: '2020-11-30T22:59:59.999Z',
    })
  })

  it('should cross the year for a January issue', () => {
    expect(defaultMeetingsWindow('2021-01')).toEqual({
      from: '2020-12-24T23:00:00.000Z',
      until: '2021-02-28T22:59:59.999Z',
    })
  })

  it('should end on 31 January of the next year for a December issue', () => {
    expect(defaultMeetingsWindow('2020-12')).toEqual({
      from: '2020-11-23T23:00:00.000Z',
      until: '2021-01-31T22:59:59.999Z',
    })
  })

  it('should throw a French message for an invalid month', () => {
    expect(() => defaultMeetingsWindow('2020-13')).toThrow(/^Mois invalide : 2020-13$/)
  })
})

describe('formatIssueMonth', () => {
  it('should format February 2020 in French with a capital', () => {
    expect(formatIssueMonth('2020-02')).toBe('Février 2020')
  })

  it('should format August with its accent', () => {
    expect(formatIssueMonth('2020-08')).toBe('Août 2020')
  })

  it('should format December', () => {
    expect(formatIssueMonth('2021-12')).toBe('Décembre 2021')
  })
})

describe('issueSubjectFor', () => {
  it('should name an issue by its month', () => {
    expect(issueSubjectFor('2026-12')).toBe('#ActUNIPSO – Décembre 2026')
  })
})
