import { issueSourceFixture } from '../../../../emails/_fixtures/issueFixture'
import legacy from './fixtures/issueView-before-outline.json' with { type: 'json' }
import { readFrozenView } from '@/domain/newsletter/frozenView'
import { toIssueView } from '@/domain/newsletter/issueView'

/**
 * Editions keep the view they were sent with. The fixture is the February 2020 view as editions
 * stored it before sections, grouped contents, contact links and footnote runs (issue 14).
 */
describe('readFrozenView', () => {
  const upgraded = readFrozenView(legacy)

  it('should give an older edition the sections and grouped contents of today', () => {
    expect([
      upgraded.sections.map((section) => section.title),
      upgraded.toc.map((group) => group.entries.length),
    ]).toEqual([
      ['Dossiers et projets', 'Agenda', 'Instances', 'Groupes de travail'],
      [6, 3],
    ])
  })

  it('should keep an older edition’s footnote numbers and give its notes their links', () => {
    const notes = upgraded.articles[2]?.content.footnotes ?? []
    expect(
      notes.map((note) => [
        note.number,
        note.runs.flatMap((run) => (run.kind === 'text' && run.href ? [run.href] : [])),
      ]),
    ).toEqual([
      [1, []],
      [2, ['http://www.projetvisesproject.eu/Cahier-Thematique-3-Ceci-n-est-pas-un-guide']],
      [3, ['http://www.projetvisesproject.eu/impact-social']],
      [4, ['http://www.unipso.be']],
    ])
  })

  it('should turn an older edition’s contact sentence into names', () => {
    expect(upgraded.agenda[0]?.practical.contacts.map((person) => person.name)).toEqual([
      'Catherine Bolly',
      'Marie-Catherine Michaux',
    ])
  })

  it('should leave a view of today’s shape as it is', () => {
    const today = toIssueView({ source: issueSourceFixture, baseUrl: 'https://x.example' })
    expect(readFrozenView(JSON.parse(JSON.stringify(today)))).toEqual(today)
  })
})
