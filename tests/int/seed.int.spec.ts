import path from 'node:path'

import type { TestPayload } from '../helpers/testPayload'
import { getTestPayload } from '../helpers/testPayload'
import { seedDemo } from '@/server/seed/seedDemo'
import { lexicalToPlainText } from '@/domain/content/markdownToLexical'
import { formatHour, formatDayMonth } from '@/domain/dates/brussels'
import { findIssue, loadIssueSource } from '@/server/newsletter/loadIssueSource'
import { issueSourceFixture } from '../../emails/_fixtures/issueFixture'

const seedDir = path.resolve('scripts/seed')
const today = new Date('2026-11-23T10:00:00.000Z')

describe('seedDemo', () => {
  let context: TestPayload

  beforeAll(async () => {
    context = await getTestPayload()
    await seedDemo({ payload: context.payload, seedDir, today })
  })
  afterAll(async () => {
    await context?.cleanup()
  })

  it('should load the February 2020 issue with its six articles in order', async () => {
    const { docs } = await context.payload.find({
      collection: 'issues',
      where: { month: { equals: '2020-02' } },
      depth: 2,
    })
    const issue = docs[0]
    const articles = (issue?.articles ?? []) as Array<{ title: string; rubric: { label: string } }>
    expect(articles.map((article) => article.rubric.label)).toEqual([
      'POLITIQUE',
      'DIGITALISATION',
      'IMPACT SOCIAL',
      'PUBLICATION',
      'ETUDE UNIPSO-FRB',
      'OUTIL STATISTIQUE',
    ])
    expect(articles[1]?.title).toBe(
      'Retour sur la conférence DIGI<ES : *La digitalisation au service des entreprises sociales*',
    )
    expect(issue?.status).toBe('sent')
  })

  it('should list the footer editors in the order of the reference', async () => {
    const { docs } = await context.payload.find({
      collection: 'issues',
      where: { month: { equals: '2020-02' } },
      depth: 1,
    })
    const editors = (docs[0]?.editors ?? []) as Array<{ name: string }>
    expect(editors.map((editor) => editor.name)).toEqual([
      'Frédéric Clerbaux',
      'Mathieu de Poorter',
      'Cécile de Préval',
      'Caroline Jansen',
      'Geoffrey Morbois',
    ])
    expect(docs[0]?.footer?.feedbackEmail).toBe('geoffrey.morbois@unipso.be')
  })

  it('should keep the signature of the first article with its phone', async () => {
    const { docs } = await context.payload.find({
      collection: 'articles',
      where: { title: { like: 'rencontre les ministres' } },
      depth: 1,
    })
    const signer = (docs[0]?.signedBy as Array<{ name: string; jobTitle: string }>)[0]
    expect(`${signer?.name}, ${signer?.jobTitle} - ${docs[0]?.signaturePhone}`).toBe(
      'Frédéric Clerbaux, Conseiller juridique - 081/24.90.22',
    )
  })

  it('should store the footnotes of the IMPACT SOCIAL article as inline footnote blocks', async () => {
    const { docs } = await context.payload.find({
      collection: 'articles',
      where: { title: { equals: 'Fin du programme Interreg et suite wallonne' } },
    })
    const json = JSON.stringify(docs[0]?.body)
    const notes = [...json.matchAll(/"blockType":"footnote","note":"([^"]+)"/g)].map(
      (match) => match[1],
    )
    expect(notes).toEqual([
      'Union nationale interfédérale des œuvres et organismes privés non lucratifs sanitaires et sociaux',
      'www.projetvisesproject.eu/Cahier-Thematique-3-Ceci-n-est-pas-un-guide',
      'www.projetvisesproject.eu/impact-social',
      'www.unipso.be < Conférences',
    ])
    expect(lexicalToPlainText(docs[0]?.body as never)).toContain(
      "- Et bien d'autres effets encore !",
    )
  })

  it('should place the 21/02 Forum at Centre L’Ilon with its programme and contacts', async () => {
    const { docs } = await context.payload.find({
      collection: 'agenda-items',
      where: { title: { equals: "Forum de l'économie & de l'innovation sociale" } },
      depth: 1,
    })
    const forum = docs[0]
    const venue = forum?.venue as { name: string; street: string; postcode: string; city: string }
    expect(formatDayMonth(forum?.startsAt as string)).toBe('21/02')
    expect(forum?.isAllDay).toBe(true)
    expect(`${venue.name}, ${venue.street}, ${venue.postcode} ${venue.city}`).toBe(
      "Centre L'Ilon, Rue des Tanneries 1, 5000 Namur",
    )
    expect(forum?.programme).toHaveLength(4)
    expect(forum?.externalContacts?.map((contact) => contact.name)).toEqual([
      'Catherine Bolly',
      'Marie-Catherine Michaux',
    ])
  })

  it('should enter the Instances and Groupes de travail of the reference as separate meetings', async () => {
    const { docs } = await context.payload.find({
      collection: 'meetings',
      where: { startsAt: { less_than: '2021-01-01T00:00:00.000Z' } },
      sort: 'startsAt',
      depth: 1,
      pagination: false,
    })
    const lines = docs.map((meeting) => {
      const group = meeting.workingGroup as { name: string } | null
      return `${formatDayMonth(meeting.startsAt)} ${formatHour(meeting.startsAt)} ${group?.name ?? meeting.kind}`
    })
    expect(lines).toEqual([
      '31/01 10h bureau',
      '31/01 12h ca',
      '07/02 13h30 GT AViQ',
      '18/02 9h30 GT EmFor',
      '21/02 8h30 bureau',
      '21/02 10h30 ca',
      '05/03 13h30 GT AViQ',
      '20/03 9h30 bureau',
    ])
  })

  it('should add upcoming events after the seed day so calendars are not only history', async () => {
    const future = { greater_than: today.toISOString() }
    const agenda = await context.payload.count({
      collection: 'agenda-items',
      where: { startsAt: future },
    })
    const conferences = await context.payload.count({
      collection: 'conferences',
      where: { startsAt: future },
    })
    const meetings = await context.payload.count({
      collection: 'meetings',
      where: { startsAt: future },
    })
    expect([agenda.totalDocs, conferences.totalDocs, meetings.totalDocs]).toEqual([3, 2, 10])
  })

  it('should draft next month’s issue', async () => {
    const { docs } = await context.payload.find({
      collection: 'issues',
      where: { month: { equals: '2026-12' } },
    })
    expect(docs.map((issue) => [issue.number, issue.status])).toEqual([[2, 'draft']])
  })

  it('should load the same February 2020 issue as the email fixture (npm run email:fixture)', async () => {
    const issue = await findIssue({ payload: context.payload, ref: '2020-02' })
    const source = await loadIssueSource({
      payload: context.payload,
      issue: issue as NonNullable<typeof issue>,
    })
    expect(JSON.parse(JSON.stringify(source))).toEqual(issueSourceFixture)
  })

  it('should change nothing when run a second time', async () => {
    const before = await context.payload.count({ collection: 'meetings' })
    const result = await seedDemo({ payload: context.payload, seedDir, today })
    const after = await context.payload.count({ collection: 'meetings' })
    expect([result.isSkipped, after.totalDocs]).toEqual([true, before.totalDocs])
  })
})
