import {
  articleChoice,
  eventChoice,
  isPastEvent,
  startOfBrusselsDay,
} from '@/domain/newsletter/pickerChoice'

const NOW = new Date('2026-11-30T08:00:00.000Z')

describe('startOfBrusselsDay', () => {
  it('should be midnight in Brussels, 23:00 UTC the day before in winter', () => {
    expect(startOfBrusselsDay(NOW)).toBe('2026-11-29T23:00:00.000Z')
  })

  it('should count from the Brussels day when UTC is still the day before', () => {
    expect(startOfBrusselsDay(new Date('2026-11-29T23:30:00.000Z'))).toBe(
      '2026-11-29T23:00:00.000Z',
    )
  })
})

describe('isPastEvent', () => {
  it('should call an event that ended yesterday past', () => {
    expect(isPastEvent({ event: { startsAt: '2026-11-29T09:00:00.000Z' }, now: NOW })).toBe(true)
  })

  it('should not call an event of earlier today past', () => {
    expect(isPastEvent({ event: { startsAt: '2026-11-29T23:30:00.000Z' }, now: NOW })).toBe(false)
  })

  it('should not call an event that started before and ends after today past', () => {
    expect(
      isPastEvent({
        event: { startsAt: '2026-11-20T09:00:00.000Z', endsAt: '2026-12-02T16:00:00.000Z' },
        now: NOW,
      }),
    ).toBe(false)
  })
})

describe('eventChoice', () => {
  it('should show the plain title, the Brussels date and time and the status', () => {
    expect(
      eventChoice({
        event: {
          id: 1,
          title: 'Conférence : *l’impact social*',
          startsAt: '2026-12-18T09:00:00.000Z',
          status: 'confirmed',
          isPublished: true,
        },
        now: NOW,
      }),
    ).toEqual({
      id: 1,
      title: 'Conférence : *l’impact social*',
      label: 'Conférence : l’impact social — ven. 18 déc., 10:00 · Confirmé',
      details: 'ven. 18 déc., 10:00 · Confirmé',
      date: '2026-12-18T09:00:00.000Z',
      hiddenBecause: null,
    })
  })

  it('should show an all-day event by its day, and say it is unpublished and past', () => {
    expect(
      eventChoice({
        event: {
          id: 2,
          title: 'Forum',
          startsAt: '2026-11-19T23:00:00.000Z',
          isAllDay: true,
          status: 'cancelled',
          isPublished: false,
        },
        now: NOW,
      }),
    ).toMatchObject({
      details: 'ven. 20 nov. · Annulé, non publié · passé',
      hiddenBecause: 'passé',
    })
  })
})

describe('articleChoice', () => {
  it('should show the plain title, the day of its last change and its status', () => {
    expect(
      articleChoice({
        article: {
          id: 3,
          title: '*Innovations sociales*',
          status: 'draft',
          updatedAt: '2026-11-29T23:30:00.000Z',
        },
        sentIn: null,
      }),
    ).toEqual({
      id: 3,
      title: '*Innovations sociales*',
      label: 'Innovations sociales — modifié le 30/11/2026 · Brouillon',
      details: 'modifié le 30/11/2026 · Brouillon',
      date: '2026-11-29T23:30:00.000Z',
      hiddenBecause: null,
    })
  })

  it('should name the issue that already sent it', () => {
    expect(
      articleChoice({
        article: { id: 4, title: 'Plan', status: 'published', updatedAt: NOW.toISOString() },
        sentIn: '#ActUNIPSO – *Février* 2020',
      }),
    ).toMatchObject({
      details: 'modifié le 30/11/2026 · Publié · déjà envoyé dans « #ActUNIPSO – Février 2020 »',
      hiddenBecause: 'déjà envoyé',
    })
  })
})
