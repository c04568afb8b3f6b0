import { issueSourceFixture } from '../../../../emails/_fixtures/issueFixture'
import { toIssueView } from '@/domain/newsletter/issueView'
import { DISALLOWED_PATHS, sitemapEntries } from '@/domain/site/crawling'
import { toLatestIssue } from '@/domain/site/latestIssue'

const BASE = 'https://actunipso.example'

describe('toLatestIssue', () => {
  const latest = toLatestIssue(toIssueView({ source: issueSourceFixture, baseUrl: BASE }))

  it('should link the issue and keep its table of contents grouped as printed', () => {
    expect([latest.path, latest.monthLabel, latest.groups.map((group) => group.title)]).toEqual([
      '/actunipso/2020-02',
      'Février 2020',
      ['Dossiers et projets', 'Agenda'],
    ])
  })

  it('should point every entry at its anchor in the archived issue', () => {
    const hrefs = latest.groups.flatMap((group) => group.entries.map((entry) => entry.href))
    expect([hrefs[0], hrefs.slice(-3)]).toEqual([
      '/actunipso/2020-02#article-1',
      [
        '/actunipso/2020-02#agenda-1',
        '/actunipso/2020-02#instances',
        '/actunipso/2020-02#groupes-de-travail',
      ],
    ])
  })
})

describe('crawling', () => {
  it('should list the site’s pages, the archive’s issues and the events’ pages', () => {
    const entries = sitemapEntries({
      baseUrl: BASE,
      issues: [{ month: '2020-02' }],
      events: [
        { collection: 'agenda-items', slug: 'forum', updatedAt: '2026-11-20T10:00:00.000Z' },
        { collection: 'conferences', slug: 'impact' },
      ],
    })
    expect(entries.map((entry) => entry.url.replace(BASE, ''))).toEqual([
      '/',
      '/agenda',
      '/actunipso',
      '/calendriers',
      '/newsletter',
      '/actunipso/2020-02',
      '/agenda/forum',
      '/conferences/impact',
    ])
    expect(entries[6]?.lastModified).toBe('2026-11-20T10:00:00.000Z')
  })

  it('should keep crawlers out of the admin, the API and every token page', () => {
    expect(DISALLOWED_PATHS).toEqual(
      expect.arrayContaining([
        '/admin',
        '/api',
        '/newsletter/confirmer',
        '/newsletter/desinscription',
        '/newsletter/abonnement',
        '/calendars/members/',
      ]),
    )
  })
})
