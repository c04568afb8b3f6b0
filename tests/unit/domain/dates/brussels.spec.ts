import {
  BRUSSELS,
  brusselsLocalToIso,
  formatAdminDateTime,
  formatDayMonth,
  formatHour,
  formatLongDate,
  formatLongDateTime,
  formatShortDate,
  formatShortDay,
  formatShortDayTime,
  monthOf,
  nextMonthOf,
  resolveSeedDate,
} from '@/domain/dates/brussels'

describe('BRUSSELS', () => {
  it('should name the IANA zone of Brussels', () => {
    expect(BRUSSELS).toBe('Europe/Brussels')
  })
})

describe('brusselsLocalToIso', () => {
  it('should apply the winter offset (+01:00)', () => {
    expect(brusselsLocalToIso('2020-01-31T10:00')).toBe('2020-01-31T09:00:00.000Z')
  })

  it('should apply the summer offset (+02:00)', () => {
    expect(brusselsLocalToIso('2020-06-04T14:00')).toBe('2020-06-04T12:00:00.000Z')
  })

  it('should read a date alone as Brussels midnight', () => {
    expect(brusselsLocalToIso('2020-02-21')).toBe('2020-02-20T23:00:00.000Z')
  })

  it('should read a summer date alone as Brussels midnight', () => {
    expect(brusselsLocalToIso('2020-07-01')).toBe('2020-06-30T22:00:00.000Z')
  })

  it('should accept a space between date and time', () => {
    expect(brusselsLocalToIso('2020-01-31 10:30')).toBe('2020-01-31T09:30:00.000Z')
  })

  it('should ignore surrounding spaces', () => {
    expect(brusselsLocalToIso('  2020-01-31T10:00  ')).toBe('2020-01-31T09:00:00.000Z')
  })

  it('should use the winter offset on the last day before the spring change', () => {
    expect(brusselsLocalToIso('2020-03-28T12:00')).toBe('2020-03-28T11:00:00.000Z')
  })

  it('should use the summer offset on the day of the spring change', () => {
    expect(brusselsLocalToIso('2020-03-29T12:00')).toBe('2020-03-29T10:00:00.000Z')
  })

  it('should use the winter offset on the day of the autumn change', () => {
    expect(brusselsLocalToIso('2020-10-25T12:00')).toBe('2020-10-25T11:00:00.000Z')
  })

  it('should throw a French message for a date in another format', () => {
    expect(() => brusselsLocalToIso('21/02/2020')).toThrow(
      /^Date locale invalide : « 21\/02\/2020 » \(attendu AAAA-MM-JJ ou AAAA-MM-JJTHH:MM\)$/,
    )
  })

  it('should throw a French message for an empty string', () => {
    // eslint-disable-next-line no-regex-spaces -- the message quotes the empty value: « + space + space + »
    expect(() => brusselsLocalToIso('')).toThrow(/^Date locale invalide : «  »/)
  })

  it('should throw a French message for seconds it does not read', () => {
    expect(() => brusselsLocalToIso('2020-01-31T10:00:00')).toThrow(
      /^Date locale invalide : « 2020-01-31T10:00:00 »/,
    )
  })

  it('should throw a French message for a day that does not exist', () => {
    expect(() => brusselsLocalToIso('2020-02-30')).toThrow(
      /^Date locale invalide : « 2020-02-30 » \(/,
    )
  })

  it('should throw a French message for an hour that does not exist', () => {
    expect(() => brusselsLocalToIso('2020-02-21T25:00')).toThrow(
      /^Date locale invalide : « 2020-02-21T25:00 » \(/,
    )
  })
})

describe('resolveSeedDate', () => {
  const winterToday = new Date('2020-02-20T12:00:00.000Z')

  it('should resolve "+1d 09:30" to the next Brussels day at 9:30', () => {
    expect(resolveSeedDate({ value: '+1d 09:30', today: winterToday })).toBe(
      '2020-02-21T08:30:00.000Z',
    )
  })

  it('should resolve "+3d" to Brussels midnight three days later', () => {
    expect(resolveSeedDate({ value: '+3d', today: winterToday })).toBe('2020-02-22T23:00:00.000Z')
  })

  it('should resolve "+0d 14:00" to today in Brussels', () => {
    expect(resolveSeedDate({ value: '+0d 14:00', today: winterToday })).toBe(
      '2020-02-20T13:00:00.000Z',
    )
  })

  it('should count from the Brussels day when UTC is still the day before', () => {
    expect(resolveSeedDate({ value: '+1d', today: new Date('2020-02-20T23:30:00.000Z') })).toBe(
      '2020-02-21T23:00:00.000Z',
    )
  })

  it('should match the documented example', () => {
    expect(resolveSeedDate({ value: '+1d 09:30', today: new Date('2026-11-23T12:00:00Z') })).toBe(
      '2026-11-24T08:30:00.000Z',
    )
  })

  it('should use the summer offset after the spring change (end of March)', () => {
    expect(
      resolveSeedDate({ value: '+1d 09:30', today: new Date('2020-03-28T12:00:00.000Z') }),
    ).toBe('2020-03-29T07:30:00.000Z')
  })

  it('should land on Brussels midnight in summer time three days after the spring change', () => {
    expect(resolveSeedDate({ value: '+3d', today: new Date('2020-03-28T12:00:00.000Z') })).toBe(
      '2020-03-30T22:00:00.000Z',
    )
  })

  it('should use the winter offset after the autumn change (end of October)', () => {
    expect(
      resolveSeedDate({ value: '+1d 09:30', today: new Date('2020-10-24T12:00:00.000Z') }),
    ).toBe('2020-10-25T08:30:00.000Z')
  })

  it('should land on Brussels midnight in winter time three days after the autumn change', () => {
    expect(resolveSeedDate({ value: '+3d', today: new Date('2020-10-24T12:00:00.000Z') })).toBe(
      '2020-10-26T23:00:00.000Z',
    )
  })

  it('should ignore surrounding spaces in a relative value', () => {
    expect(resolveSeedDate({ value: ' +1d 09:30 ', today: winterToday })).toBe(
      '2020-02-21T08:30:00.000Z',
    )
  })

  it('should resolve an absolute date-time like brusselsLocalToIso', () => {
    expect(resolveSeedDate({ value: '2020-01-31T10:00', today: winterToday })).toBe(
      '2020-01-31T09:00:00.000Z',
    )
  })

  it('should resolve an absolute date to Brussels midnight', () => {
    expect(resolveSeedDate({ value: '2020-02-21', today: winterToday })).toBe(
      '2020-02-20T23:00:00.000Z',
    )
  })

  it('should throw a French message for a negative offset', () => {
    expect(() => resolveSeedDate({ value: '-1d', today: winterToday })).toThrow(
      /^Date locale invalide : « -1d »/,
    )
  })

  it('should refuse a relative hour that does not exist instead of rolling it over', () => {
    expect(() => resolveSeedDate({ value: '+1d 25:00', today: winterToday })).toThrow(/invalide/)
  })
})

describe('monthOf', () => {
  it('should use the Brussels month when UTC is still the previous month', () => {
    expect([
      monthOf(new Date('2027-02-28T23:30:00.000Z')),
      monthOf(new Date('2027-02-28T22:30:00.000Z')),
    ]).toEqual(['2027-03', '2027-02'])
  })
})

describe('nextMonthOf', () => {
  it('should return the following month', () => {
    expect(nextMonthOf(new Date('2020-02-20T12:00:00.000Z'))).toBe('2020-03')
  })

  it('should go from December to January of the next year', () => {
    expect(nextMonthOf(new Date('2020-12-15T12:00:00.000Z'))).toBe('2021-01')
  })

  it('should not skip February from 31 January', () => {
    expect(nextMonthOf(new Date('2020-01-31T12:00:00.000Z'))).toBe('2020-02')
  })

  it('should use the Brussels month when UTC is still the previous month', () => {
    expect(nextMonthOf(new Date('2020-12-31T23:30:00.000Z'))).toBe('2021-02')
  })
})

describe('formatDayMonth', () => {
  it('should format day and month in Brussels', () => {
    expect(formatDayMonth('2020-02-21T09:00:00.000Z')).toBe('21/02')
  })

  it('should use the Brussels day for a UTC evening', () => {
    expect(formatDayMonth('2020-02-20T23:00:00.000Z')).toBe('21/02')
  })

  it('should throw a French message for an invalid ISO string', () => {
    expect(() => formatDayMonth('pas une date')).toThrow(/^Date ISO invalide : « pas une date »$/)
  })
})

describe('formatShortDate', () => {
  it('should format a date as dd/MM/yyyy', () => {
    expect(formatShortDate('2020-01-31T09:00:00.000Z')).toBe('31/01/2020')
  })

  it('should use the Brussels day at the turn of the year', () => {
    expect(formatShortDate('2020-12-31T23:30:00.000Z')).toBe('01/01/2021')
  })

  it('should throw a French message for an invalid ISO string', () => {
    expect(() => formatShortDate('2020-13-01T00:00:00.000Z')).toThrow(
      /^Date ISO invalide : « 2020-13-01T00:00:00\.000Z »$/,
    )
  })
})

describe('formatHour', () => {
  it('should print a whole hour as "10h"', () => {
    expect(formatHour('2020-01-31T09:00:00.000Z')).toBe('10h')
  })

  it('should print minutes without a leading zero on the hour as "8h30"', () => {
    expect(formatHour('2020-02-07T07:30:00.000Z')).toBe('8h30')
  })

  it('should pad minutes to two digits', () => {
    expect(formatHour('2020-02-07T12:05:00.000Z')).toBe('13h05')
  })

  it('should use the summer offset', () => {
    expect(formatHour('2020-06-04T12:00:00.000Z')).toBe('14h')
  })

  it('should print midnight as "0h"', () => {
    expect(formatHour('2020-02-20T23:00:00.000Z')).toBe('0h')
  })

  it('should throw a French message for an invalid ISO string', () => {
    expect(() => formatHour('demain')).toThrow(/^Date ISO invalide : « demain »$/)
  })
})

describe('formatLongDate', () => {
  it('should format the Brussels day in French with a capital', () => {
    expect(formatLongDate('2020-02-20T23:00:00.000Z')).toBe('Vendredi 21 février 2020')
  })

  it('should format a summer date with the summer offset', () => {
    expect(formatLongDate('2020-06-30T22:00:00.000Z')).toBe('Mercredi 1 juillet 2020')
  })

  it('should format a date in the middle of the day', () => {
    expect(formatLongDate('2020-01-31T09:00:00.000Z')).toBe('Vendredi 31 janvier 2020')
  })
})

describe('formatLongDateTime', () => {
  it('should print the Brussels date and time in a sentence', () => {
    expect(formatLongDateTime('2026-11-23T09:00:00.000Z')).toBe('23 novembre 2026 à 10:00')
  })

  it('should use the summer offset', () => {
    expect(formatLongDateTime('2026-06-04T12:30:00.000Z')).toBe('4 juin 2026 à 14:30')
  })
})

describe('formatShortDayTime', () => {
  it('should print the short Brussels weekday, day, month and time', () => {
    expect(formatShortDayTime('2026-11-23T09:00:00.000Z')).toBe('lun. 23 nov., 10:00')
  })

  it('should print the Brussels day when UTC is still the day before', () => {
    expect(formatShortDayTime('2026-11-22T23:30:00.000Z')).toBe('lun. 23 nov., 00:30')
  })
})

describe('formatShortDay', () => {
  it('should print an all-day event stored as Brussels midnight on its own day', () => {
    expect(formatShortDay('2026-11-22T23:00:00.000Z')).toBe('lun. 23 nov.')
  })
})

describe('formatAdminDateTime', () => {
  it('should print the Brussels date and time in the admin’s format', () => {
    expect(formatAdminDateTime('2026-11-30T19:18:00.000Z')).toBe('30/11/2026 20:18')
  })

  it('should print the Brussels day when UTC is still the day before, in summer time', () => {
    expect(formatAdminDateTime('2026-06-30T22:30:00.000Z')).toBe('01/07/2026 00:30')
  })
})
