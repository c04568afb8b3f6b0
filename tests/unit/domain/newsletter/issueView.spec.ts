import { issueSourceFixture } from '../../../../emails/_fixtures/issueFixture'
import { toIssueView, joinFrench, signatureLine } from '@/domain/newsletter/issueView'
import { governanceLines, workingGroupLines } from '@/domain/newsletter/meetingLines'

const view = toIssueView({ source: issueSourceFixture, baseUrl: 'https://actunipso.example' })

describe('toIssueView', () => {
  it('should word the Instances lines as the reference issue does', () => {
    expect(view.instances).toEqual([
      '31/01 : Bureau à 10h & CA à 12h (UNIPSO Namur)',
      '21/02 : Bureau à 8h30 & CA à 10h30 (UNIPSO Namur)',
      '20/03, 9h30 : Bureau (Bruxelles)',
    ])
  })

  it('should word the Groupes de travail lines as the reference issue does', () => {
    expect(view.workingGroups).toEqual([
      '07/02, 13h30 : GT AViQ (UNIPSO Bruxelles)',
      '18/02, 9h30 : GT EmFor (UNIPSO Namur)',
      '05/03, 13h30 : GT AViQ (UNIPSO Namur)',
    ])
  })

  it('should give the Forum its date label and full French date', () => {
    const forum = view.agenda[0]
    expect([forum?.dateLabel, forum?.practical.date, forum?.practical.time]).toEqual([
      '21/02',
      'Vendredi 21 février 2020',
      null,
    ])
  })

  it('should give the Forum its venue lines and contacts with their addresses', () => {
    const practical = view.agenda[0]?.practical
    expect([practical?.venueName, practical?.venueLines, practical?.contacts]).toEqual([
      "Centre L'Ilon",
      ['Rue des Tanneries 1', '5000 Namur'],
      [
        { name: 'Catherine Bolly', email: 'catherine.bolly@example.org', phone: null, tel: null },
        {
          name: 'Marie-Catherine Michaux',
          email: 'marie-catherine.michaux@example.org',
          phone: null,
          tel: null,
        },
      ],
    ])
  })

  it('should group the table of contents as printed: Dossiers et projets, then Agenda', () => {
    expect(
      view.toc.map((group) => [group.title, group.entries.map((entry) => entry.anchor)]),
    ).toEqual([
      [
        'Dossiers et projets',
        ['article-1', 'article-2', 'article-3', 'article-4', 'article-5', 'article-6'],
      ],
      ['Agenda', ['agenda-1', 'instances', 'groupes-de-travail']],
    ])
  })

  it('should list the sections in the order of the reference issue', () => {
    expect(view.sections.map((section) => [section.anchor, section.title])).toEqual([
      ['dossiers-et-projets', 'Dossiers et projets'],
      ['agenda', 'Agenda'],
      ['instances', 'Instances'],
      ['groupes-de-travail', 'Groupes de travail'],
    ])
  })

  it('should leave out the sections an issue has nothing for', () => {
    const bare = toIssueView({
      source: { ...issueSourceFixture, events: [], meetings: [] },
      baseUrl: 'https://x.example',
    })
    expect([
      bare.sections.map((section) => section.key),
      bare.toc.map((group) => group.title),
    ]).toEqual([['articles'], ['Dossiers et projets']])
  })

  it('should keep the rubric and italic segments of a title', () => {
    const entry = view.toc[0]?.entries[1]
    expect([entry?.label, entry?.title]).toEqual([
      'DIGITALISATION',
      [
        { text: 'Retour sur la conférence DIGI<ES : ', isItalic: false },
        { text: 'La digitalisation au service des entreprises sociales', isItalic: true },
      ],
    ])
  })

  it('should sign articles with name, job title and the printed phone', () => {
    expect(view.articles.map((article) => article.signature)).toEqual([
      'Frédéric Clerbaux, Conseiller juridique - 081/24.90.22',
      'Mathieu de Poorter, Conseiller économique - 081/24.90.28',
      'Cécile de Préval, Chargée de projets & conseillère formation - 02/210.53.01',
      "Caroline Jansen, Chargée d'études - 081/24.90.29",
      'Mathieu de Poorter, Conseiller économique - 02/210.53.03',
      'Mathieu de Poorter, Conseiller économique - 02/210.53.03',
    ])
  })

  it('should number the footnotes 1 to 9 across the issue, as the reference does', () => {
    expect(
      view.articles.map((article) => article.content.footnotes.map((note) => note.number)),
    ).toEqual([[], [], [1, 2, 3, 4], [5, 6, 7, 8], [], [9]])
  })

  it('should go on numbering in the agenda after the articles', () => {
    const body = issueSourceFixture.articles[2]?.body
    const event = { ...issueSourceFixture.events[0], description: body, practicalInfo: body }
    const agenda = toIssueView({
      source: { ...issueSourceFixture, events: [event] as typeof issueSourceFixture.events },
      baseUrl: 'https://x.example',
    }).agenda[0]
    expect([
      agenda?.description.footnotes.map((note) => note.number),
      agenda?.practicalInfo.footnotes.map((note) => note.number),
    ]).toEqual([
      [10, 11, 12, 13],
      [14, 15, 16, 17],
    ])
  })

  it('should list the editors in the footer in French', () => {
    expect(view.footer.editors).toBe(
      'Frédéric Clerbaux, Mathieu de Poorter, Cécile de Préval, Caroline Jansen et Geoffrey Morbois',
    )
  })

  it('should point the archive link to the month page', () => {
    expect(view.archiveUrl).toBe('https://actunipso.example/actunipso/2020-02')
  })

  it('should offer Google, Outlook and .ics links for the Forum as an all-day event', () => {
    const links = view.agenda[0]?.calendar
    const google = new URL(links?.google ?? '')
    const outlook = new URL(links?.outlook ?? '')
    expect([
      google.searchParams.get('dates'),
      outlook.searchParams.get('startdt'),
      outlook.searchParams.get('allday'),
    ]).toEqual(['20200221/20200222', '2020-02-21', 'true'])
    expect(links?.ics).toMatch(/^https:\/\/actunipso\.example\/events\/agenda-items\/\d+\.ics$/)
  })
})

describe('toIssueView event titles', () => {
  it('should keep italics of an event title for the email and give calendars plain text', () => {
    const event = {
      ...issueSourceFixture.events[0],
      title: 'Conférence : *l’impact social, et après ?*',
    } as (typeof issueSourceFixture.events)[number]
    const agenda = toIssueView({
      source: { ...issueSourceFixture, events: [event] },
      baseUrl: 'https://x.example',
    }).agenda[0]
    expect([
      agenda?.title,
      agenda?.titleSegments,
      new URL(agenda?.calendar.google ?? '').searchParams.get('text'),
    ]).toEqual([
      'Conférence : l’impact social, et après ?',
      [
        { text: 'Conférence : ', isItalic: false },
        { text: 'l’impact social, et après ?', isItalic: true },
      ],
      'Conférence : l’impact social, et après ?',
    ])
  })
})

describe('governanceLines', () => {
  it('should give each meeting its place when one day has two places', () => {
    expect(
      governanceLines([
        { kind: 'bureau', startsAt: '2020-01-31T09:00:00.000Z', venueName: 'UNIPSO Namur' },
        { kind: 'ca', startsAt: '2020-01-31T11:00:00.000Z', venueName: 'UNIPSO Bruxelles' },
      ]),
    ).toEqual(['31/01 : Bureau à 10h (UNIPSO Namur) & CA à 12h (UNIPSO Bruxelles)'])
  })

  it('should mark a cancelled meeting and leave working groups out', () => {
    expect(
      governanceLines([
        {
          kind: 'ag',
          startsAt: '2020-06-04T12:00:00.000Z',
          status: 'cancelled',
          venueName: 'UNIPSO Namur',
        },
        { kind: 'gt', startsAt: '2020-06-04T08:00:00.000Z', workingGroupName: 'GT AViQ' },
      ]),
    ).toEqual(['04/06, 14h : AG (annulé) (UNIPSO Namur)'])
  })
})

describe('workingGroupLines', () => {
  it('should print a meeting without a venue without parentheses', () => {
    expect(
      workingGroupLines([
        { kind: 'gt', startsAt: '2020-02-07T12:30:00.000Z', workingGroupName: 'GT AViQ' },
      ]),
    ).toEqual(['07/02, 13h30 : GT AViQ'])
  })
})

describe('joinFrench', () => {
  it('should join names with commas and a final "et"', () => {
    expect([
      joinFrench([]),
      joinFrench(['A']),
      joinFrench(['A', 'B']),
      joinFrench(['A', 'B', 'C']),
    ]).toEqual(['', 'A', 'A et B', 'A, B et C'])
  })
})

describe('signatureLine', () => {
  it('should use the first phone when no phone is printed', () => {
    expect(
      signatureLine({
        signers: [{ name: 'A', jobTitle: 'B', phones: [{ number: '081/00.00.00' }] }],
      }),
    ).toBe('A, B - 081/00.00.00')
  })
})
