import { checkEventDates } from '@/domain/content/eventDates'

describe('checkEventDates', () => {
  it('should accept a timed event ending after it starts', () => {
    expect(
      checkEventDates({ startsAt: '2020-02-21T09:00:00.000Z', endsAt: '2020-02-21T11:00:00.000Z' }),
    ).toBe(null)
  })

  it('should accept an event without an end', () => {
    expect(checkEventDates({ startsAt: '2020-02-21T09:00:00.000Z', endsAt: null })).toBe(null)
  })

  it('should accept an event with an empty end', () => {
    expect(checkEventDates({ startsAt: '2020-02-21T09:00:00.000Z', endsAt: '' })).toBe(null)
  })

  it('should refuse a timed event ending before it starts', () => {
    expect(
      checkEventDates({ startsAt: '2020-02-21T10:00:00Z', endsAt: '2020-02-21T09:00:00Z' }),
    ).toBe('La fin doit être postérieure au début.')
  })

  it('should refuse a timed event ending exactly when it starts', () => {
    expect(
      checkEventDates({ startsAt: '2020-02-21T10:00:00Z', endsAt: '2020-02-21T10:00:00Z' }),
    ).toBe('La fin doit être postérieure au début.')
  })

  it('should compare instants, not strings, for equal ends written differently', () => {
    expect(
      checkEventDates({ startsAt: '2020-02-21T10:00:00Z', endsAt: '2020-02-21T11:00:00+01:00' }),
    ).toBe('La fin doit être postérieure au début.')
  })

  it('should treat isAllDay null as a timed event', () => {
    expect(
      checkEventDates({
        startsAt: '2020-02-21T10:00:00Z',
        endsAt: '2020-02-21T10:00:00Z',
        isAllDay: null,
      }),
    ).toBe('La fin doit être postérieure au début.')
  })

  it('should accept an all-day event whose last day is its first day', () => {
    expect(
      checkEventDates({
        startsAt: '2020-02-20T23:00:00.000Z',
        endsAt: '2020-02-20T23:00:00.000Z',
        isAllDay: true,
      }),
    ).toBe(null)
  })

  it('should accept an all-day event over several days', () => {
    expect(
      checkEventDates({
        startsAt: '2020-02-20T23:00:00.000Z',
        endsAt: '2020-02-22T23:00:00.000Z',
        isAllDay: true,
      }),
    ).toBe(null)
  })

  it('should refuse an all-day event whose last day is before its first day', () => {
    expect(
      checkEventDates({
        startsAt: '2020-02-20T23:00:00.000Z',
        endsAt: '2020-02-19T23:00:00.000Z',
        isAllDay: true,
      }),
    ).toBe('Le dernier jour doit être le même jour que le début ou plus tard.')
  })

  it('should ask for the start when it is missing', () => {
    expect(checkEventDates({ startsAt: undefined, endsAt: '2020-02-21T09:00:00.000Z' })).toBe(
      'Indiquez la date de début.',
    )
  })

  it('should ask for the start when it is null', () => {
    expect(checkEventDates({ startsAt: null, endsAt: null })).toBe('Indiquez la date de début.')
  })

  it('should ask for the start when it is an empty string', () => {
    expect(checkEventDates({ startsAt: '', endsAt: null })).toBe('Indiquez la date de début.')
  })

  it('should report an unreadable start', () => {
    expect(checkEventDates({ startsAt: 'demain', endsAt: null })).toBe(
      'Date de début illisible : « demain ».',
    )
  })

  it('should report an unreadable end', () => {
    expect(checkEventDates({ startsAt: '2020-02-21T09:00:00.000Z', endsAt: '32/02/2020' })).toBe(
      'Date de fin illisible : « 32/02/2020 ».',
    )
  })

  it('should report the unreadable start before the unreadable end', () => {
    expect(checkEventDates({ startsAt: 'x', endsAt: 'y' })).toBe('Date de début illisible : « x ».')
  })
})
