import { buildCalendar } from '@/domain/calendar/buildCalendar'
import { describePublicEvent, publicEventToCalendar } from '@/domain/calendar/calendarEvent'
import { subscribeLinks } from '@/domain/calendar/subscribeLinks'
import { calendarLinks } from '@/domain/newsletter/calendarLinks'
import { parseIcs } from '../../../helpers/parseIcs'

const baseUrl = 'https://actunipso.unipso.be'
const webinar = {
  id: 7,
  title: 'Webinaire : les aides *APE*',
  slug: 'webinaire-aides-ape',
  startsAt: '2026-12-11T09:00:00.000Z',
  endsAt: '2026-12-11T10:30:00.000Z',
  isAllDay: false,
  status: 'confirmed',
  sequence: 2,
  updatedAt: '2026-11-30T10:00:00.000Z',
  summary: 'Le dispositif APE expliqué aux employeurs.',
  venue: { name: 'En ligne', isOnline: true, url: 'https://www.unipso.be/webinaire' },
}

describe('one event model', () => {
  const described = describePublicEvent({ doc: webinar, collection: 'agenda-items', baseUrl })
  const links = calendarLinks({ event: described, baseUrl })
  const google = new URL(links.google).searchParams
  const outlook = new URL(links.outlook).searchParams
  const feed = buildCalendar({
    meta: { name: 'Agenda', description: 'UNIPSO' },
    events: [publicEventToCalendar({ doc: webinar, collection: 'agenda-items', baseUrl })],
  })
  const parsed = parseIcs(feed).events[0]

  it('should give an online venue the same location in the feed and in both links', () => {
    expect([parsed?.location, google.get('location'), outlook.get('location')]).toEqual([
      'En ligne – https://www.unipso.be/webinaire',
      'En ligne – https://www.unipso.be/webinaire',
      'En ligne – https://www.unipso.be/webinaire',
    ])
  })

  it('should give the same title and Brussels hours in the feed and in both links', () => {
    expect([
      parsed?.summary,
      parsed?.start,
      parsed?.end,
      google.get('text'),
      google.get('dates'),
      outlook.get('subject'),
      outlook.get('startdt'),
      outlook.get('enddt'),
    ]).toEqual([
      'Webinaire : les aides APE',
      '2026-12-11T10:00',
      '2026-12-11T11:30',
      'Webinaire : les aides APE',
      '20261211T090000Z/20261211T103000Z',
      'Webinaire : les aides APE',
      '2026-12-11T10:00:00+01:00',
      '2026-12-11T11:30:00+01:00',
    ])
  })

  it('should point the feed URL, the links and the description to the event page', () => {
    expect([
      /^URL;VALUE=URI:(.*)$/m.exec(feed)?.[1]?.trim(),
      links.page,
      google.get('details'),
      outlook.get('body'),
    ]).toEqual([
      'https://actunipso.unipso.be/agenda/webinaire-aides-ape',
      'https://actunipso.unipso.be/agenda/webinaire-aides-ape',
      'Le dispositif APE expliqué aux employeurs.\n\nhttps://actunipso.unipso.be/agenda/webinaire-aides-ape',
      'Le dispositif APE expliqué aux employeurs.\n\nhttps://actunipso.unipso.be/agenda/webinaire-aides-ape',
    ])
  })

  it('should link the single-event .ics and use the UID the feeds use', () => {
    expect([links.ics, parsed?.uid]).toEqual([
      'https://actunipso.unipso.be/events/agenda-items/7.ics',
      'agenda-items-7@actunipso.unipso.be',
    ])
  })

  it('should give an all-day event dates with an exclusive end in the links', () => {
    const forum = calendarLinks({
      event: describePublicEvent({
        doc: { ...webinar, startsAt: '2020-02-20T23:00:00.000Z', endsAt: null, isAllDay: true },
        collection: 'agenda-items',
        baseUrl,
      }),
      baseUrl,
    })
    const outlookForum = new URL(forum.outlook).searchParams
    expect([
      new URL(forum.google).searchParams.get('dates'),
      outlookForum.get('startdt'),
      outlookForum.get('enddt'),
      outlookForum.get('allday'),
    ]).toEqual(['20200221/20200222', '2020-02-21', '2020-02-22', 'true'])
  })

  it('should prefix a cancelled event ANNULÉ everywhere', () => {
    const cancelled = describePublicEvent({
      doc: { ...webinar, status: 'cancelled' },
      collection: 'agenda-items',
      baseUrl,
    })
    expect([
      cancelled.title,
      new URL(calendarLinks({ event: cancelled, baseUrl }).google).searchParams.get('text'),
    ]).toEqual(['ANNULÉ – Webinaire : les aides APE', 'ANNULÉ – Webinaire : les aides APE'])
  })

  it('should fall back to the start of the description when there is no summary', () => {
    const long = 'Mot '.repeat(200).trim()
    const description = {
      root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: long }] }] },
    }
    const text = describePublicEvent({
      doc: { ...webinar, summary: null, description },
      collection: 'agenda-items',
      baseUrl,
    }).description.split('\n\n')[0] as string
    expect([text.length <= 301, text.endsWith('Mot…')]).toEqual([true, true])
  })
})

describe('subscribeLinks', () => {
  const links = subscribeLinks({
    feedUrl: 'https://actunipso.unipso.be/calendars/agenda.ics?kind=webinar',
    name: 'Webinaires de l’UNIPSO',
  })

  it('should open Apple Calendar with webcal://', () => {
    expect(links.webcal).toBe('webcal://actunipso.unipso.be/calendars/agenda.ics?kind=webinar')
  })

  it('should give Google the https address in cid', () => {
    expect(new URL(links.google).searchParams.get('cid')).toBe(
      'https://actunipso.unipso.be/calendars/agenda.ics?kind=webinar',
    )
  })

  it('should give Outlook.com the address and the name to subscribe from the web', () => {
    const url = new URL(links.outlook)
    expect([
      url.origin + url.pathname,
      url.searchParams.get('url'),
      url.searchParams.get('name'),
    ]).toEqual([
      'https://outlook.live.com/calendar/0/addfromweb',
      'https://actunipso.unipso.be/calendars/agenda.ics?kind=webinar',
      'Webinaires de l’UNIPSO',
    ])
  })
})
