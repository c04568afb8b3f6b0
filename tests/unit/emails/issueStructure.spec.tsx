import { renderToStaticMarkup } from 'react-dom/server'

import { issueFixture, issueSourceFixture } from '../../../emails/_fixtures/issueFixture'
import { headingsOf, linksOf, openingTags, textOf } from './issueHtml'
import { IssueWebView } from '@/components/web/IssueWebView'
import { toIssueView } from '@/domain/newsletter/issueView'
import type { RecipientParts } from '@/domain/newsletter/types'
import { renderIssueFor } from '@/server/newsletter/renderIssue'

const recipient: RecipientParts = {
  greeting: 'Bonjour Anne,',
  unsubscribeUrl: 'https://x.example/newsletter/desinscription?token=t',
}

/** The February 2020 email checked point by point against ../shared/reference/actunipso-2020-02.md. */
describe('the February 2020 email', () => {
  let html = ''
  let text = ''
  beforeAll(async () => {
    ;({ html, text } = await renderIssueFor({ view: issueFixture, recipient }))
    console.log(
      `Courriel de février 2020 : HTML ${(Buffer.byteLength(html) / 1024).toFixed(1)} Ko, texte ${(Buffer.byteLength(text) / 1024).toFixed(1)} Ko`,
    )
  })

  it('should have one <h1>, the issue’s title, and an <h2> per section in the reference’s order', () => {
    expect(headingsOf(html).filter((heading) => /^h[12] /.test(heading))).toEqual([
      'h1 #ActUNIPSO Février 2020',
      'h2 Au sommaire de l’#ActUNIPSO',
      'h2 Dossiers et projets',
      'h2 Agenda',
      'h2 Instances',
      'h2 Groupes de travail',
    ])
  })

  it('should give every table-of-contents link a target with an id and an <a name> fallback', () => {
    const targets = linksOf(html)
      .map(([, href]) => href)
      .filter((href) => href.startsWith('#'))
      .map((href) => href.slice(1))
    expect(targets).toEqual([
      ...['article-1', 'article-2', 'article-3', 'article-4', 'article-5', 'article-6'],
      ...['agenda-1', 'instances', 'groupes-de-travail'],
    ])
    expect(
      targets.filter(
        (name) => !html.includes(` id="${name}"`) || !html.includes(`<a name="${name}"></a>`),
      ),
    ).toEqual([])
  })

  it('should mark every layout table role="presentation"', () => {
    const tables = openingTags(html, 'table')
    expect(tables.length).toBeGreaterThan(5)
    expect(tables.filter((tag) => !tag.includes('role="presentation"'))).toEqual([])
  })

  it('should not print what the reference lacks: an issue number, a co-organiser line', () => {
    expect([
      /n° ?1\b/.test(textOf(html)),
      html.includes('Co-organisé'),
      text.includes('n° '),
    ]).toEqual([false, false, false])
  })

  it('should number the footnotes 1 to 9 across the issue, calls then notes of each article', () => {
    const sups = [...html.matchAll(/<sup>(\d+)<\/sup>/g)].map((match) => Number(match[1]))
    expect(sups).toEqual([1, 2, 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 5, 6, 7, 8, 9, 9])
  })

  it('should write each note’s link once and make every address in a note a link', () => {
    const notes = [...html.matchAll(/<p\b[^>]*><sup>(\d+)<\/sup> ([\s\S]*?)<\/p>/g)].map(
      (match) => [Number(match[1]), textOf(match[2] as string), linksOf(match[2] as string).length],
    )
    expect(notes).toEqual([
      [
        1,
        'Union nationale interfédérale des œuvres et organismes privés non lucratifs sanitaires et sociaux',
        0,
      ],
      [2, 'www.projetvisesproject.eu/Cahier-Thematique-3-Ceci-n-est-pas-un-guide', 1],
      [3, 'www.projetvisesproject.eu/impact-social', 1],
      [4, 'www.unipso.be < Conférences', 1],
      [5, 'www.unipso.be < Innovation sociale < Innovation sociale et recherche', 1],
      [
        6,
        'https://uclouvain.be/fr/chercher/cirtes/un-outil-au-service-des-processus-d-innovation-dans-le-maintien-a-domicile-des-personnes-agees-en-region-wallonne-wisdom-0.html',
        1,
      ],
      [7, 'www.unipso.be < Innovation sociale < Innovation sociale et recherche', 1],
      [
        8,
        'https://recherche-technologie.wallonie.be/fr/menu/ressources/publications/publications-generales/index.html',
        1,
      ],
      [9, 'https://drive.google.com/file/d/1c6ecmSE890_ZDncXMUF8GJXCrNeqYAXo/view', 1],
    ])
  })

  it('should link the contacts of « Infos auprès de … » with mailto:', () => {
    const item = /<li\b[^>]*>(Infos auprès de[\s\S]*?)<\/li>/.exec(html)?.[1] ?? ''
    expect([textOf(item), linksOf(item)]).toEqual([
      'Infos auprès de Catherine Bolly et Marie-Catherine Michaux',
      [
        ['Catherine Bolly', 'mailto:catherine.bolly@example.org'],
        ['Marie-Catherine Michaux', 'mailto:marie-catherine.michaux@example.org'],
      ],
    ])
  })

  it('should link a contact’s number with tel: in international form', async () => {
    const event = {
      ...issueSourceFixture.events[0],
      externalContacts: [{ name: 'Catherine Bolly', email: null, phone: '081/24.90.31' }],
    } as (typeof issueSourceFixture.events)[number]
    const view = toIssueView({
      source: { ...issueSourceFixture, events: [event] },
      baseUrl: 'http://localhost:3000',
    })
    const rendered = (await renderIssueFor({ view, recipient })).html
    const item = /<li\b[^>]*>(Infos auprès de[\s\S]*?)<\/li>/.exec(rendered)?.[1] ?? ''
    expect([textOf(item), linksOf(item)]).toEqual([
      'Infos auprès de Catherine Bolly (081/24.90.31)',
      [['081/24.90.31', 'tel:+3281249031']],
    ])
  })

  it('should offer « Ajouter à mon agenda » as three 14 px buttons, white on the brand colour', () => {
    const buttons = openingTags(html, 'a').filter((tag) => tag.includes('class="au-button"'))
    expect(buttons).toHaveLength(3)
    expect(
      buttons.filter(
        (tag) =>
          !tag.includes('font-size:14px') ||
          !tag.includes('background-color:#004f71') ||
          !tag.includes('color:#ffffff'),
      ),
    ).toEqual([])
  })

  it('should declare light and dark support and carry the dark colours', () => {
    expect([
      html.includes('<meta name="color-scheme" content="light dark"/>'),
      html.includes('<meta name="supported-color-schemes" content="light dark"/>'),
      html.includes('@media (prefers-color-scheme:dark){'),
      html.includes('[data-ogsc] .au-text{'),
    ]).toEqual([true, true, true, true])
  })
})

describe('the February 2020 text part', () => {
  let text = ''
  beforeAll(async () => {
    ;({ text } = await renderIssueFor({ view: issueFixture, recipient }))
  })

  it('should send readers to the event’s page instead of Google and Outlook template links', () => {
    const addresses = text.match(/https?:\/\/\S+/g) ?? []
    expect([
      text.includes(
        'Ajouter à mon agenda : http://localhost:3000/agenda/forum-de-l-economie-de-l-innovation-sociale',
      ),
      addresses.filter((url) => /calendar\.google|outlook\.live/.test(url)),
      Math.max(...addresses.map((url) => url.length)) < 200,
    ]).toEqual([true, [], true])
  })

  it('should write a note’s address in full once', () => {
    expect(text).toContain('[4] http://www.unipso.be < Conférences\n')
  })
})

describe('the web archive of an issue', () => {
  it('should show the same headings, in the same order, as the email', async () => {
    const view = toIssueView({ source: issueSourceFixture, baseUrl: 'http://localhost:3000' })
    const { html } = await renderIssueFor({ view, recipient })
    const page = renderToStaticMarkup(<IssueWebView view={view} />)
    expect(headingsOf(page)).toEqual(headingsOf(html))
  })
})
