import { meetingTitle } from '@/domain/content/meetingTitle'

describe('meetingTitle', () => {
  it('should title a Bureau meeting with its Brussels date and hour in winter', () => {
    expect(meetingTitle({ kind: 'bureau', startsAt: '2020-01-31T09:00:00.000Z' })).toBe(
      'Bureau – 31/01/2020, 10h',
    )
  })

  it('should use the summer offset of Brussels', () => {
    expect(meetingTitle({ kind: 'bureau', startsAt: '2020-06-04T12:00:00.000Z' })).toBe(
      'Bureau – 04/06/2020, 14h',
    )
  })

  it('should use the short label CA for the board', () => {
    expect(meetingTitle({ kind: 'ca', startsAt: '2020-02-18T16:00:00.000Z' })).toBe(
      'CA – 18/02/2020, 17h',
    )
  })

  it('should use the short label AG for the general assembly', () => {
    expect(meetingTitle({ kind: 'ag', startsAt: '2020-06-18T08:30:00.000Z' })).toBe(
      'AG – 18/06/2020, 10h30',
    )
  })

  it('should use the working group name for a GT', () => {
    expect(
      meetingTitle({
        kind: 'gt',
        workingGroupName: 'GT AViQ',
        startsAt: '2020-02-07T12:30:00.000Z',
      }),
    ).toBe('GT AViQ – 07/02/2020, 13h30')
  })

  it('should fall back to "Groupe de travail" for a GT without a name', () => {
    expect(
      meetingTitle({ kind: 'gt', workingGroupName: null, startsAt: '2020-02-07T12:30:00.000Z' }),
    ).toBe('Groupe de travail – 07/02/2020, 13h30')
  })

  it('should ignore a working group name for a governance body', () => {
    expect(
      meetingTitle({
        kind: 'bureau',
        workingGroupName: 'GT AViQ',
        startsAt: '2020-01-31T09:00:00.000Z',
      }),
    ).toBe('Bureau – 31/01/2020, 10h')
  })

  it('should use the Brussels day for a late evening meeting', () => {
    expect(meetingTitle({ kind: 'ca', startsAt: '2020-01-31T23:30:00.000Z' })).toBe(
      'CA – 01/02/2020, 0h30',
    )
  })
})
