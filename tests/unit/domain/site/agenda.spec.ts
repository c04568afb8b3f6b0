import type { AgendaEntryInput } from '@/domain/site/agenda'
import {
  agendaHref,
  filterScope,
  mergeByDate,
  parseAgendaQuery,
  toAgendaEntry,
} from '@/domain/site/agenda'
import { hasEnded, schemaDate, startOfBrusselsDay } from '@/domain/site/eventDates'

const BASE = 'https://actunipso.example'

describe('parseAgendaQuery', () => {
  it('should read a kind, the past period and a page', () => {
    expect(parseAgendaQuery({ type: 'webinar', periode: 'passes', page: '2' })).toEqual({
      kind: 'webinar',
      isPast: true,
      page: 2,
    })
  })

  it('should fall back to every upcoming event for unknown values', () => {
    expect(parseAgendaQuery({ type: 'concert', periode: 'demain', page: '-3' })).toEqual({
      kind: null,
      isPast: false,
      page: 1,
    })
  })

  it('should accept conferences as a kind and ignore a page of upcoming events', () => {
    expect(parseAgendaQuery({ type: ['conference', 'forum'], page: '4' })).toEqual({
      kind: 'conference',
      isPast: false,
      page: 1,
    })
  })

  it('should refuse a page that is not a whole number', () => {
    expect(parseAgendaQuery({ periode: 'passes', page: '2.5' }).page).toBe(1)
  })
})

describe('agendaHref', () => {
  it('should give each view one address, defaults left out', () => {
    expect([
      agendaHref({ kind: null, isPast: false, page: 1 }),
      agendaHref({ kind: 'conference', isPast: false, page: 1 }),
      agendaHref({ kind: 'study-day', isPast: true, page: 1 }),
      agendaHref({ kind: null, isPast: true, page: 3 }),
    ]).toEqual([
      '/agenda',
      '/agenda?type=conference',
      '/agenda?type=study-day&periode=passes',
      '/agenda?periode=passes&page=3',
    ])
  })
})

describe('filterScope', () => {
  it('should read conferences alone, one agenda kind alone, or both collections', () => {
    expect([filterScope('conference'), filterScope('forum'), filterScope(null)]).toEqual([
      { collections: ['conferences'], agendaKind: null },
      { collections: ['agenda-items'], agendaKind: 'forum' },
      { collections: ['agenda-items', 'conferences'], agendaKind: null },
    ])
  })
})

describe('toAgendaEntry', () => {
  const forum: AgendaEntryInput = {
    id: 1,
    collection: 'agenda-items',
    slug: 'forum-es',
    title: 'Forum de l’économie *sociale*',
    kind: 'forum',
    startsAt: '2027-02-18T23:00:00.000Z',
    isAllDay: true,
    status: 'postponed',
    venue: { name: "Centre L'Ilon", city: 'Namur' },
  }

  it('should give a list entry its page, kind, date, place and status', () => {
    const entry = toAgendaEntry({ event: forum, baseUrl: BASE })
    expect([
      entry.path,
      entry.kindLabel,
      entry.when,
      entry.day,
      entry.place,
      entry.statusLabel,
    ]).toEqual([
      '/agenda/forum-es',
      'Forum',
      'Vendredi 19 février 2027, toute la journée',
      '2027-02-19',
      "Centre L'Ilon, Namur",
      'Reporté',
    ])
  })

  it('should not repeat the city a venue’s name holds, and say « En ligne » for online venues', () => {
    const namur = toAgendaEntry({
      event: { ...forum, venue: { name: 'UNIPSO Namur', city: 'Namur' } },
      baseUrl: BASE,
    })
    const online = toAgendaEntry({
      event: { ...forum, venue: { name: 'Teams', isOnline: true, url: 'https://x.example' } },
      baseUrl: BASE,
    })
    expect([namur.place, online.place]).toEqual(['UNIPSO Namur', 'En ligne'])
  })

  it('should label conferences and agenda items saved without a kind', () => {
    const conference = toAgendaEntry({
      event: { ...forum, collection: 'conferences', kind: null },
      baseUrl: BASE,
    })
    const untyped = toAgendaEntry({ event: { ...forum, kind: null }, baseUrl: BASE })
    expect([conference.kindLabel, conference.path, untyped.kindLabel]).toEqual([
      'Conférence',
      '/conferences/forum-es',
      'Autre',
    ])
  })
})

describe('mergeByDate', () => {
  const at = (day: number) => ({ startsAt: `2026-12-${String(day).padStart(2, '0')}T09:00:00Z` })

  it('should interleave two lists soonest first', () => {
    expect(
      mergeByDate({
        lists: [
          [at(3), at(9)],
          [at(1), at(5)],
        ],
        isNewestFirst: false,
      }),
    ).toEqual([at(1), at(3), at(5), at(9)])
  })

  it('should cut the newest-first merge to the requested page', () => {
    const lists = [
      [at(20), at(18), at(10)],
      [at(19), at(12), at(2)],
    ]
    expect(mergeByDate({ lists, isNewestFirst: true, page: 2, size: 2 })).toEqual([at(18), at(12)])
  })
})

describe('event dates', () => {
  it('should start the Brussels day at local midnight, summer and winter', () => {
    expect([
      startOfBrusselsDay(new Date('2026-12-01T22:30:00Z')).toISOString(),
      startOfBrusselsDay(new Date('2026-07-01T21:30:00Z')).toISOString(),
    ]).toEqual(['2026-11-30T23:00:00.000Z', '2026-06-30T22:00:00.000Z'])
  })

  it('should write schema.org dates with the Brussels offset, or the day for all-day events', () => {
    expect([
      schemaDate({ iso: '2026-07-01T08:00:00.000Z', isAllDay: false }),
      schemaDate({ iso: '2026-12-01T08:00:00.000Z', isAllDay: false }),
      schemaDate({ iso: '2026-12-22T23:00:00.000Z', isAllDay: true }),
    ]).toEqual(['2026-07-01T10:00:00+02:00', '2026-12-01T09:00:00+01:00', '2026-12-23'])
  })

  it('should end a timed event at its end', () => {
    const event = { end: '2026-12-11T11:30:00.000+01:00', isAllDay: false }
    expect([
      hasEnded({ event, now: new Date('2026-12-11T10:29:00Z') }),
      hasEnded({ event, now: new Date('2026-12-11T10:30:00Z') }),
    ]).toEqual([false, true])
  })
})
