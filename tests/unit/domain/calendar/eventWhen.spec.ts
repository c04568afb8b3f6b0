import { eventWhen } from '@/domain/calendar/eventWhen'

describe('eventWhen', () => {
  it('should give a one-day all-day event its date and « toute la journée »', () => {
    expect(eventWhen({ start: '2020-02-21', end: '2020-02-22', isAllDay: true })).toBe(
      'Vendredi 21 février 2020, toute la journée',
    )
  })

  it('should give an all-day event over several days its first and last day', () => {
    expect(eventWhen({ start: '2026-03-02', end: '2026-03-05', isAllDay: true })).toBe(
      'Du lundi 2 mars 2026 au mercredi 4 mars 2026',
    )
  })

  it('should give a timed event its Brussels hours, whatever the offset it was written with', () => {
    expect(
      eventWhen({
        start: '2026-12-11T09:00:00.000Z',
        end: '2026-12-11T10:30:00.000Z',
        isAllDay: false,
      }),
    ).toBe('Vendredi 11 décembre 2026, de 10h à 11h30')
  })

  it('should use summer time in summer', () => {
    expect(
      eventWhen({
        start: '2027-06-15T07:30:00.000Z',
        end: '2027-06-15T14:30:00.000Z',
        isAllDay: false,
      }),
    ).toBe('Mardi 15 juin 2027, de 9h30 à 16h30')
  })

  it('should give a timed event over two days both dates and hours', () => {
    expect(
      eventWhen({
        start: '2027-06-15T07:00:00.000Z',
        end: '2027-06-16T15:00:00.000Z',
        isAllDay: false,
      }),
    ).toBe('Du mardi 15 juin 2027 à 9h au mercredi 16 juin 2027 à 17h')
  })
})
