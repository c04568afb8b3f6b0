import type { Payload } from 'payload'

import { SEED_TODAY, seedDemoContent } from '../../helpers/seededDemo'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import {
  eventPageView,
  pastEvents,
  publicEventBySlug,
  upcomingEvents,
} from '@/server/site/publicEvents'
import { latestIssue } from '@/server/site/latestIssue'

type Handler = (request: Request) => Promise<Response>

/**
 * The public site over the real SQLite database seeded with the demo (on SEED_TODAY): which events
 * a visitor sees, the event pages' data, and the Atom, robots and sitemap routes called as Next
 * calls them.
 */
describe('public site', () => {
  let context: TestPayload
  let payload: Payload
  let routes: {
    issuesFeed: Handler
    eventsFeed: Handler
    robots: () => { rules: unknown; sitemap?: unknown }
    sitemap: () => Promise<Array<{ url: string }>>
  }
  let draftSlug = ''
  const now = SEED_TODAY
  const titles = (events: Array<{ title: string }>) => events.map((event) => event.title)
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Request(`http://localhost:3000${path}`, { method, headers })

  beforeAll(async () => {
    context = await getTestPayload()
    payload = context.payload
    await seedDemoContent(payload)
    const draft = await payload.create({
      collection: 'agenda-items',
      data: {
        title: 'Atelier interne en préparation',
        startsAt: '2026-12-04T09:00:00.000Z',
        endsAt: '2026-12-04T11:00:00.000Z',
        kind: 'webinar',
        isPublished: false,
      } as never,
    })
    draftSlug = draft.slug as string
    routes = {
      issuesFeed: (await import('../../../src/app/(frontend)/actunipso/feed.xml/route')).GET,
      eventsFeed: (await import('../../../src/app/(frontend)/agenda/feed.xml/route')).GET,
      robots: (await import('../../../src/app/robots')).default,
      sitemap: (await import('../../../src/app/sitemap')).default,
    }
  })
  afterAll(async () => {
    await context?.cleanup()
  })

  it('should list the next published events soonest first, agenda items and conferences together', async () => {
    expect(titles(await upcomingEvents({ payload, now }))).toEqual([
      "Webinaire : les aides à l'emploi APE expliquées aux employeurs du secteur à profit social",
      "Conférence : *l'évaluation de l'impact social, et après ?*",
      'Journée de la formation continue dans le secteur à profit social',
      "Journée d'étude : attractivité des métiers de l'aide et des soins",
      'Rencontres du numérique dans le secteur à profit social',
    ])
  })

  it('should filter the agenda by kind, conferences being a kind of their own', async () => {
    expect([
      titles(await upcomingEvents({ payload, now, kind: 'conference' })),
      titles(await upcomingEvents({ payload, now, kind: 'webinar' })),
    ]).toEqual([
      [
        "Conférence : *l'évaluation de l'impact social, et après ?*",
        'Rencontres du numérique dans le secteur à profit social',
      ],
      ["Webinaire : les aides à l'emploi APE expliquées aux employeurs du secteur à profit social"],
    ])
  })

  it('should never show an unpublished event: not listed, no page', async () => {
    const listed = titles(await upcomingEvents({ payload, now, kind: 'webinar' }))
    const page = await eventPageView({ payload, collection: 'agenda-items', slug: draftSlug, now })
    expect([draftSlug, listed.includes('Atelier interne en préparation'), page]).toEqual([
      'atelier-interne-en-preparation',
      false,
      null,
    ])
  })

  it('should put past events on their own pages, newest first', async () => {
    const first = await pastEvents({ payload, now, page: 1, size: 1 })
    const second = await pastEvents({ payload, now, page: 2, size: 1 })
    expect([titles(first.events), first.totalPages, titles(second.events)]).toEqual([
      ["Forum de l'économie & de l'innovation sociale"],
      1,
      [],
    ])
  })

  it('should give an event page its contacts as the staff records hold them, though staff are not public', async () => {
    const view = await eventPageView({
      payload,
      collection: 'conferences',
      slug: 'rencontres-du-numerique-dans-le-secteur-a-profit-social',
      now,
    })
    expect(view?.contacts.map((contact) => [contact.name, contact.email, contact.phones])).toEqual([
      [
        'Mathieu de Poorter',
        null,
        [
          { text: '081/24.90.28', href: 'tel:+3281249028' },
          { text: '02/210.53.03', href: 'tel:+3222105303' },
        ],
      ],
      [
        'Geoffrey Morbois',
        'geoffrey.morbois@unipso.be',
        [{ text: '081/24.90.31', href: 'tel:+3281249031' }],
      ],
    ])
  })

  it('should keep an event’s address when its title changes', async () => {
    const slug = 'rencontres-du-numerique-dans-le-secteur-a-profit-social'
    const before = await publicEventBySlug({ payload, collection: 'conferences', slug })
    await payload.update({
      collection: 'conferences',
      id: before?.id as number,
      data: { title: 'Rencontres du numérique 2027' },
    })
    const after = await publicEventBySlug({ payload, collection: 'conferences', slug })
    expect([after?.title, after?.slug]).toEqual(['Rencontres du numérique 2027', slug])
  })

  it('should refuse addresses that cannot be slugs without asking the database', async () => {
    expect(
      await Promise.all(
        ['../admin', 'A-Majuscule', '', 'x'.repeat(300)].map((slug) =>
          publicEventBySlug({ payload, collection: 'agenda-items', slug }),
        ),
      ),
    ).toEqual([null, null, null, null])
  })

  it('should show the latest sent issue with its table of contents', async () => {
    const issue = await latestIssue(payload)
    expect([
      issue?.path,
      issue?.groups.map((group) => group.title),
      issue?.groups[0]?.entries[0]?.href,
    ]).toEqual([
      '/actunipso/2020-02',
      ['Dossiers et projets', 'Agenda'],
      '/actunipso/2020-02#article-1',
    ])
  })

  describe('Atom feeds', () => {
    it('should serve the sent issues as Atom, cacheable, with a 304 for an unchanged feed', async () => {
      const response = await routes.issuesFeed(get('/actunipso/feed.xml'))
      const body = await response.text()
      const again = await routes.issuesFeed(
        get('/actunipso/feed.xml', { 'if-none-match': response.headers.get('etag') as string }),
      )
      expect([
        response.status,
        response.headers.get('content-type'),
        response.headers.get('cache-control'),
        body.includes('<id>http://localhost:3000/actunipso/2020-02</id>'),
        again.status,
      ]).toEqual([200, 'application/atom+xml; charset=utf-8', 'public, max-age=3600', true, 304])
    })

    it('should answer HEAD with the headers and no body', async () => {
      const response = await routes.issuesFeed(get('/actunipso/feed.xml', {}, 'HEAD'))
      expect([
        response.status,
        await response.text(),
        Number(response.headers.get('content-length')) > 0,
      ]).toEqual([200, '', true])
    })

    it('should list public events with their pages, and no unpublished one', async () => {
      const body = await (await routes.eventsFeed(get('/agenda/feed.xml'))).text()
      expect([
        body.includes(
          '<id>http://localhost:3000/agenda/journee-de-la-formation-continue-dans-le-secteur-a-profit-social</id>',
        ),
        body.includes(
          '<id>http://localhost:3000/conferences/rencontres-du-numerique-dans-le-secteur-a-profit-social</id>',
        ),
        body.includes(draftSlug),
        body.includes('ANNULÉ – Journée de la formation continue'),
      ]).toEqual([true, true, false, true])
    })

    it('should drop an issue withdrawn from the archive', async () => {
      const { docs } = await payload.find({ collection: 'editions', depth: 0 })
      await payload.update({
        collection: 'editions',
        id: docs[0]?.id as number,
        data: { isWithdrawn: true },
        overrideAccess: true,
      })
      const body = await (await routes.issuesFeed(get('/actunipso/feed.xml'))).text()
      await payload.update({
        collection: 'editions',
        id: docs[0]?.id as number,
        data: { isWithdrawn: false },
        overrideAccess: true,
      })
      expect(body.includes('/actunipso/2020-02')).toBe(false)
    })
  })

  describe('robots.txt and sitemap.xml', () => {
    it('should keep crawlers out of the admin, the API and token pages, and point at the sitemap', () => {
      const robots = routes.robots()
      expect(robots).toEqual({
        rules: {
          userAgent: '*',
          allow: '/',
          disallow: expect.arrayContaining(['/admin', '/api', '/newsletter/confirmer']),
        },
        sitemap: 'http://localhost:3000/sitemap.xml',
      })
    })

    it('should list the archive’s issues and every public event page, never an unpublished one', async () => {
      const urls = (await routes.sitemap()).map((entry) => entry.url)
      expect([
        urls.includes('http://localhost:3000/actunipso/2020-02'),
        urls.includes('http://localhost:3000/agenda/forum-de-l-economie-de-l-innovation-sociale'),
        urls.filter((url) => url.includes('/conferences/')).length,
        urls.some((url) => url.includes(draftSlug)),
      ]).toEqual([true, true, 2, false])
    })
  })
})
