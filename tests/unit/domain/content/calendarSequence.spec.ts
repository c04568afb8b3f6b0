import { nextSequence } from '@/domain/content/calendarSequence'

const BEFORE = {
  startsAt: '2020-02-21T09:00:00.000Z',
  endsAt: '2020-02-21T11:00:00.000Z',
  isAllDay: false,
  venue: 7,
  status: 'confirmed',
  sequence: 2,
}

describe('nextSequence', () => {
  it('should return 0 on create', () => {
    expect(
      nextSequence({ before: undefined, after: { startsAt: '2020-02-21T09:00:00.000Z' } }),
    ).toBe(0)
  })

  it('should keep the sequence when nothing changes', () => {
    expect(nextSequence({ before: BEFORE, after: { ...BEFORE } })).toBe(2)
  })

  it('should keep the sequence when the update leaves the schedule out', () => {
    const after = { sequence: 2, title: 'Nouveau titre' }
    expect(nextSequence({ before: BEFORE, after })).toBe(2)
  })

  it('should keep the sequence when only another field changes', () => {
    const after = { ...BEFORE, title: 'Nouveau titre', description: 'Autre texte' }
    expect(nextSequence({ before: BEFORE, after })).toBe(2)
  })

  it('should bump when the start changes', () => {
    expect(nextSequence({ before: BEFORE, after: { startsAt: '2020-02-21T10:00:00.000Z' } })).toBe(
      3,
    )
  })

  it('should not bump when the start is the same instant written differently', () => {
    expect(nextSequence({ before: BEFORE, after: { startsAt: '2020-02-21T10:00:00+01:00' } })).toBe(
      2,
    )
  })

  it('should bump when the end changes', () => {
    expect(nextSequence({ before: BEFORE, after: { endsAt: '2020-02-21T12:00:00.000Z' } })).toBe(3)
  })

  it('should bump when the end is removed', () => {
    expect(nextSequence({ before: BEFORE, after: { endsAt: null } })).toBe(3)
  })

  it('should bump when the event becomes all-day', () => {
    expect(nextSequence({ before: BEFORE, after: { isAllDay: true } })).toBe(3)
  })

  it('should not bump when isAllDay goes from null to false', () => {
    expect(
      nextSequence({ before: { ...BEFORE, isAllDay: null }, after: { isAllDay: false } }),
    ).toBe(2)
  })

  it('should bump when the venue id changes', () => {
    expect(nextSequence({ before: BEFORE, after: { venue: 8 } })).toBe(3)
  })

  it('should not bump when the same venue is given as an object', () => {
    expect(nextSequence({ before: BEFORE, after: { venue: { id: 7, name: 'Salle A' } } })).toBe(2)
  })

  it('should not bump when a populated venue becomes its id', () => {
    expect(
      nextSequence({
        before: { ...BEFORE, venue: { id: 7, name: 'Salle A' } },
        after: { venue: 7 },
      }),
    ).toBe(2)
  })

  it('should bump when a populated venue is replaced by another one', () => {
    expect(
      nextSequence({ before: { ...BEFORE, venue: { id: 7 } }, after: { venue: { id: 9 } } }),
    ).toBe(3)
  })

  it('should bump when the venue is removed', () => {
    expect(nextSequence({ before: BEFORE, after: { venue: null } })).toBe(3)
  })

  it('should bump when the status changes', () => {
    expect(nextSequence({ before: BEFORE, after: { status: 'cancelled' } })).toBe(3)
  })

  it('should not bump when the status goes from undefined to null', () => {
    expect(
      nextSequence({ before: { ...BEFORE, status: undefined }, after: { status: null } }),
    ).toBe(2)
  })

  it('should start from 0 when the previous sequence is missing', () => {
    expect(
      nextSequence({ before: { ...BEFORE, sequence: null }, after: { status: 'postponed' } }),
    ).toBe(1)
  })

  it('should bump only once when several schedule fields change', () => {
    expect(
      nextSequence({
        before: BEFORE,
        after: {
          startsAt: '2020-03-01T09:00:00.000Z',
          endsAt: '2020-03-01T11:00:00.000Z',
          venue: 8,
        },
      }),
    ).toBe(3)
  })
})
