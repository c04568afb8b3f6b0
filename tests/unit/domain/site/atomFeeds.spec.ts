import { eventsAtomFeed, issuesAtomFeed } from '@/domain/site/atomFeeds'

const BASE = 'https://actunipso.example'

const entriesOf = (xml: string) => xml.split('<entry>').slice(1)
const tag = (xml: string, name: string) =>
  new RegExp(`<${name}(?: [^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml)?.[1]?.trim()

describe('issuesAtomFeed', () => {
  const xml = issuesAtomFeed({
    baseUrl: BASE,
    entries: [
      {
        month: '2020-03',
        number: 2,
        subject: '#ActUNIPSO – Mars 2020 : R&D <sociale>',
        preheader: 'Le numéro de mars',
        sentAt: '2020-03-02T08:00:00.000Z',
        titles: ['Emploi & formation', 'Le <b>forum</b>'],
      },
      {
        month: '2020-02',
        number: 1,
        subject: '#ActUNIPSO – Février 2020',
        sentAt: '2020-02-03T08:00:00.000Z',
        titles: [],
      },
    ],
  })

  it('should be an Atom feed of the sent issues, newest first, linking to the archive', () => {
    expect([
      xml.includes('<feed xmlns="http://www.w3.org/2005/Atom">'),
      tag(xml, 'id'),
      entriesOf(xml).map((entry) => tag(entry, 'id')),
      tag(xml, 'updated'),
    ]).toEqual([
      true,
      'https://actunipso.example/actunipso',
      [
        'https://actunipso.example/actunipso/2020-03',
        'https://actunipso.example/actunipso/2020-02',
      ],
      '2020-03-02T08:00:00.000Z',
    ])
  })

  it('should escape subjects and titles, which readers render as HTML', () => {
    const [march] = entriesOf(xml)
    expect([tag(march ?? '', 'title'), tag(march ?? '', 'content')]).toEqual([
      '<![CDATA[#ActUNIPSO – Mars 2020 : R&amp;D &lt;sociale&gt; (n° 2)]]>',
      '<![CDATA[<p>Au sommaire :</p><ul><li>Emploi &amp; formation</li><li>Le &lt;b&gt;forum&lt;/b&gt;</li></ul>]]>',
    ])
  })

  it('should name its own address as rel="self"', () => {
    expect(xml).toContain('href="https://actunipso.example/actunipso/feed.xml"')
  })

  it('should write an empty feed when no issue was sent yet', () => {
    const empty = issuesAtomFeed({ baseUrl: BASE, entries: [] })
    expect([entriesOf(empty).length, tag(empty, 'updated')]).toEqual([
      0,
      '1970-01-01T00:00:00.000Z',
    ])
  })
})

describe('eventsAtomFeed', () => {
  const xml = eventsAtomFeed({
    baseUrl: BASE,
    events: [
      {
        id: 4,
        collection: 'conferences',
        slug: 'conference-impact',
        title: 'Conférence : *l’impact social*',
        startsAt: '2026-12-18T08:00:00.000Z',
        endsAt: '2026-12-18T11:30:00.000Z',
        status: 'cancelled',
        summary: 'Une matinée.',
        venue: { name: 'UNIPSO Bruxelles', city: 'Bruxelles' },
        createdAt: '2026-11-20T10:00:00.000Z',
        updatedAt: '2026-11-22T10:00:00.000Z',
      },
    ],
  })

  it('should give each event its page, status, date, place and summary', () => {
    const [entry] = entriesOf(xml)
    expect([
      tag(entry ?? '', 'id'),
      tag(entry ?? '', 'title'),
      tag(entry ?? '', 'summary'),
      tag(entry ?? '', 'published'),
      tag(entry ?? '', 'updated'),
    ]).toEqual([
      'https://actunipso.example/conferences/conference-impact',
      '<![CDATA[ANNULÉ – Conférence : l’impact social]]>',
      '<![CDATA[Conférence · Vendredi 18 décembre 2026, de 9h à 12h30 · UNIPSO Bruxelles. Une matinée.]]>',
      '2026-11-20T10:00:00.000Z',
      '2026-11-22T10:00:00.000Z',
    ])
  })
})
