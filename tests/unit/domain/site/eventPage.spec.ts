import type { SiteEventInput } from '@/domain/site/eventPage'
import { toEventPageView } from '@/domain/site/eventPage'
import { jsonLdText } from '@/domain/site/eventJsonLd'

const BASE = 'https://actunipso.example'
const NOW = new Date('2026-11-23T10:00:00.000Z')

/** A webinar as the demo seeds it: online, one UNIPSO contact, a registration link. */
const webinar: SiteEventInput = {
  id: 7,
  collection: 'agenda-items',
  slug: 'webinaire-ape',
  kind: 'webinar',
  title: 'Webinaire : les aides *APE*',
  startsAt: '2026-12-11T09:00:00.000Z',
  endsAt: '2026-12-11T10:30:00.000Z',
  status: 'confirmed',
  summary: 'Un webinaire sur les aides APE.',
  venue: { name: 'En ligne', isOnline: true, url: 'https://meet.example/ape' },
  programme: ['Rappel du cadre'],
  contacts: [
    {
      name: 'Frédéric Clerbaux',
      jobTitle: 'Conseiller juridique',
      email: 'frederic.clerbaux@unipso.be',
      phones: [{ number: '081/24.90.22' }],
    },
  ],
  externalContacts: [{ name: 'Catherine Bolly', organisation: 'SynHERA', phone: '02/210.53.00' }],
  registrationUrl: 'https://www.unipso.be/inscription',
}

/** A conference in summer, at a physical venue, with speakers and sessions. */
const conference: SiteEventInput = {
  id: 3,
  collection: 'conferences',
  slug: 'conference-impact',
  title: 'Conférence : *l’impact social*',
  startsAt: '2027-06-15T07:00:00.000Z',
  endsAt: '2027-06-15T10:30:00.000Z',
  status: 'confirmed',
  venue: {
    name: 'UNIPSO Bruxelles',
    street: 'Rue du Congrès 37-42',
    postcode: '1000',
    city: 'Bruxelles',
  },
  speakers: [{ name: 'Sophie Lambert', role: 'Chercheuse, UCLouvain' }],
  sessions: [
    {
      title: 'Retours d’expérience',
      startsAt: '2027-06-15T07:30:00.000Z',
      endsAt: '2027-06-15T08:45:00.000Z',
      venueName: 'UNIPSO Bruxelles',
    },
  ],
}

/** An all-day day cancelled a month ahead. */
const cancelled: SiteEventInput = {
  id: 9,
  collection: 'agenda-items',
  slug: 'journee-formation',
  kind: 'training',
  title: 'Journée de la formation',
  startsAt: '2026-12-22T23:00:00.000Z',
  isAllDay: true,
  status: 'cancelled',
  venue: { name: "Centre L'Ilon", street: 'Rue des Tanneries 1', postcode: '5000', city: 'Namur' },
  registrationUrl: 'https://www.unipso.be/formation',
}

const view = (event: SiteEventInput, now = NOW) => toEventPageView({ event, baseUrl: BASE, now })

describe('toEventPageView', () => {
  it('should give the page its address, kind and Brussels date and hours', () => {
    const page = view(webinar)
    expect([page.path, page.url, page.kindLabel, page.when, page.day]).toEqual([
      '/agenda/webinaire-ape',
      'https://actunipso.example/agenda/webinaire-ape',
      'Webinaire',
      'Vendredi 11 décembre 2026, de 10h à 11h30',
      '2026-12-11',
    ])
  })

  it('should keep a summer conference on Brussels summer time', () => {
    expect(view(conference).when).toBe('Mardi 15 juin 2027, de 9h à 12h30')
  })

  it('should give an online venue its link and no map', () => {
    expect(view(webinar).venue).toEqual({
      name: 'En ligne',
      lines: [],
      isOnline: true,
      mapUrl: null,
      onlineUrl: 'https://meet.example/ape',
    })
  })

  it('should give a physical venue its address and an OpenStreetMap link', () => {
    expect(view(cancelled).venue).toEqual({
      name: "Centre L'Ilon",
      lines: ['Rue des Tanneries 1', '5000 Namur'],
      isOnline: false,
      mapUrl:
        'https://www.openstreetmap.org/search?query=Rue%20des%20Tanneries%201%2C%205000%20Namur%2C%20Belgique',
      onlineUrl: null,
    })
  })

  it('should prefer the map link the editors gave', () => {
    const event = {
      ...cancelled,
      venue: { ...cancelled.venue!, mapUrl: 'https://maps.example/ilon' },
    }
    expect(view(event).venue?.mapUrl).toBe('https://maps.example/ilon')
  })

  it('should give contacts their address and international tel: numbers', () => {
    expect(view(webinar).contacts).toEqual([
      {
        name: 'Frédéric Clerbaux',
        detail: 'Conseiller juridique',
        email: 'frederic.clerbaux@unipso.be',
        phones: [{ text: '081/24.90.22', href: 'tel:+3281249022' }],
      },
      {
        name: 'Catherine Bolly',
        detail: 'SynHERA',
        email: null,
        phones: [{ text: '02/210.53.00', href: 'tel:+3222105300' }],
      },
    ])
  })

  it('should say a cancelled event is cancelled and offer no registration', () => {
    const page = view(cancelled)
    expect([page.status, page.statusNotice, page.registrationUrl, page.title]).toEqual([
      'cancelled',
      'Cet événement est annulé.',
      null,
      'ANNULÉ – Journée de la formation',
    ])
  })

  it('should offer registration until the event is over, not after', () => {
    const after = new Date('2026-12-11T10:30:00.000Z')
    expect([view(webinar).registrationUrl, view(webinar, after).isPast]).toEqual([
      'https://www.unipso.be/inscription',
      true,
    ])
    expect(view(webinar, after).registrationUrl).toBeNull()
  })

  it('should count an all-day event as running until the end of its Brussels day', () => {
    const lateThatDay = new Date('2026-12-23T22:30:00.000Z')
    const nextDay = new Date('2026-12-23T23:00:00.000Z')
    expect([view(cancelled, lateThatDay).isPast, view(cancelled, nextDay).isPast]).toEqual([
      false,
      true,
    ])
  })

  it('should link « Ajouter à mon agenda » to Google, Outlook and the single-event .ics', () => {
    const { calendar } = view(webinar)
    expect([
      calendar.ics,
      calendar.page,
      new URL(calendar.google).searchParams.get('dates'),
      new URL(calendar.outlook).searchParams.get('startdt'),
    ]).toEqual([
      'https://actunipso.example/events/agenda-items/7.ics',
      'https://actunipso.example/agenda/webinaire-ape',
      '20261211T090000Z/20261211T103000Z',
      '2026-12-11T10:00:00+01:00',
    ])
  })

  it('should list a conference’s speakers and sessions with Brussels hours', () => {
    const page = view(conference)
    expect([page.speakers, page.sessions]).toEqual([
      [{ name: 'Sophie Lambert', role: 'Chercheuse, UCLouvain' }],
      [
        {
          title: 'Retours d’expérience',
          date: '15/06',
          time: '9h30–10h45',
          venueName: 'UNIPSO Bruxelles',
        },
      ],
    ])
  })

  it('should fill OpenGraph from the title and summary, else the date', () => {
    expect([view(webinar).openGraph, view(conference).openGraph.description]).toEqual([
      {
        title: 'Webinaire : les aides APE',
        description: 'Un webinaire sur les aides APE.',
        url: 'https://actunipso.example/agenda/webinaire-ape',
      },
      'Mardi 15 juin 2027, de 9h à 12h30',
    ])
  })
})

describe('event JSON-LD', () => {
  it('should describe an online event with Brussels offsets and UNIPSO as organiser', () => {
    expect(view(webinar).jsonLd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Webinaire : les aides APE',
      description: 'Un webinaire sur les aides APE.',
      url: 'https://actunipso.example/agenda/webinaire-ape',
      startDate: '2026-12-11T10:00:00+01:00',
      endDate: '2026-12-11T11:30:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://meet.example/ape' },
      organizer: { '@type': 'Organization', name: 'UNIPSO', url: 'https://www.unipso.be' },
      performer: undefined,
      offers: { '@type': 'Offer', url: 'https://www.unipso.be/inscription' },
    })
  })

  it('should describe a place with its postal address and a summer offset', () => {
    const data = view(conference).jsonLd
    expect([data.startDate, data.eventAttendanceMode, data.location, data.performer]).toEqual([
      '2027-06-15T09:00:00+02:00',
      'https://schema.org/OfflineEventAttendanceMode',
      {
        '@type': 'Place',
        name: 'UNIPSO Bruxelles',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Rue du Congrès 37-42',
          postalCode: '1000',
          addressLocality: 'Bruxelles',
          addressCountry: 'BE',
        },
      },
      [{ '@type': 'Person', name: 'Sophie Lambert' }],
    ])
  })

  it('should mark a cancelled all-day event cancelled, dated by its day', () => {
    const data = view(cancelled).jsonLd
    expect([data.startDate, data.endDate, data.eventStatus]).toEqual([
      '2026-12-23',
      undefined,
      'https://schema.org/EventCancelled',
    ])
  })

  it('should escape < so a title cannot close the script element', () => {
    const text = jsonLdText({ name: 'A </script><script>alert(1)</script>' })
    expect([text.includes('</script>'), JSON.parse(text).name]).toEqual([
      false,
      'A </script><script>alert(1)</script>',
    ])
  })
})
