import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { AxeBuilder } from '@axe-core/playwright'
import { DateTime } from 'luxon'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchBrowser } from '../helpers/browser'
import type { RunningApp } from '../helpers/startApp'
import { freePort, startApp } from '../helpers/startApp'

/**
 * The public site as a visitor walks it, in Chromium against the production build (`npm start`,
 * fresh SQLite with the demo): every public page is opened at 1280 and 375 px, checked for the
 * shared layout (lang, header, navigation, footer), for sideways scrolling on a phone, and by
 * axe-core (WCAG 2.1 A/AA and best practices: no serious or critical violation). Event pages
 * carry schema.org/Event JSON-LD in Brussels time; unknown addresses and unpublished events get
 * the French 404; feeds, robots.txt and sitemap.xml answer over HTTP.
 */

const BRUSSELS = 'Europe/Brussels'
const ARTIFACTS = path.resolve('tests/artifacts')
const ADMIN = {
  email: 'admin@unipso.local',
  password: crypto.randomBytes(12).toString('base64url'),
}
const UNPUBLISHED_TITLE = 'Séminaire interne encore en préparation'
// A production build takes 3–6 minutes alone, over 20 when other builds share the two cores.
const BUILD_TIMEOUT_MS = 45 * 60_000
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']

type AxeFigure = {
  page: string
  status: number
  violations: Record<string, number>
  rules: string[]
}

describe('public site in a real browser', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actunipso-site-'))
  const axeFigures: AxeFigure[] = []
  let app: RunningApp
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let adminToken = ''
  /** Event pages found by following /agenda's links: kind label → path. */
  const eventPaths: string[] = []

  const url = (pathname: string) => `${app.baseUrl}${pathname}`
  const isOverflowing = () =>
    page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)

  /** Opens a page, checks the frame and axe at 1280 px, then the phone width; keeps screenshots. */
  const walk = async ({ pathname, name }: { pathname: string; name: string }) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    const response = await page.goto(url(pathname))
    const status = response?.status() ?? 0
    // Chromium repeats a navigation answered with Critical-CH (withPayload's headers): read the
    // page once the repeated one has loaded, not the document it replaces.
    await page.waitForFunction(
      () => document.readyState === 'complete' && document.querySelector('main h1') !== null,
    )
    const frame = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      header: document.querySelectorAll('header.site-header').length,
      nav: [...document.querySelectorAll('nav[aria-label="Navigation principale"] a')].map(
        (link) => link.textContent,
      ),
      footer: document.querySelector('footer.site-footer')?.textContent?.includes('5000 Namur'),
      h1: document.querySelectorAll('h1').length,
      feeds: [...document.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')]
        .map((link) => link.getAttribute('href'))
        .sort(),
    }))
    const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
    const violations: Record<string, number> = {}
    for (const violation of result.violations) {
      const impact = violation.impact ?? 'unknown'
      violations[impact] = (violations[impact] ?? 0) + violation.nodes.length
    }
    const serious = result.violations.filter((violation) =>
      ['serious', 'critical'].includes(violation.impact ?? ''),
    )
    axeFigures.push({
      page: pathname,
      status,
      violations,
      rules: result.violations.map((violation) => `${violation.id} (${violation.impact})`),
    })
    const height = await page.evaluate(() => document.documentElement.scrollHeight)
    await page.setViewportSize({ width: 1280, height: Math.min(height, 8000) })
    await page.screenshot({ path: path.join(ARTIFACTS, `site-${name}-1280.png`), fullPage: true })
    await page.setViewportSize({ width: 375, height: 900 })
    const overflows = await isOverflowing()
    const phoneHeight = await page.evaluate(() => document.documentElement.scrollHeight)
    await page.setViewportSize({ width: 375, height: Math.min(phoneHeight, 8000) })
    await page.screenshot({ path: path.join(ARTIFACTS, `site-${name}-375.png`), fullPage: true })
    await page.setViewportSize({ width: 1280, height: 900 })
    return {
      status,
      frame,
      overflows,
      serious: serious.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
      })),
    }
  }

  const expectedFrame = {
    lang: 'fr',
    header: 1,
    nav: ['Accueil', 'Agenda', 'L’#ActUNIPSO', 'Calendriers', 'S’inscrire'],
    footer: true,
    h1: 1,
    feeds: ['/actunipso/feed.xml', '/agenda/feed.xml'],
  }

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true })
    const port = await freePort()
    app = await startApp({
      env: {
        DATABASE_URI: `file:${path.join(dir, 'app.db')}`,
        PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
        LOG_LEVEL: 'warn',
        PORT: String(port),
        SERVER_URL: `http://127.0.0.1:${port}`,
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        SCHEDULER: 'off',
      },
      timeoutMs: BUILD_TIMEOUT_MS,
    })
    const login = await fetch(url('/api/users/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    })
    adminToken = ((await login.json()) as { token: string }).token
    browser = await launchBrowser()
    context = await browser.newContext({ locale: 'fr-BE', timezoneId: BRUSSELS })
    page = await context.newPage()
  }, BUILD_TIMEOUT_MS)

  afterAll(async () => {
    process.stdout.write(
      `\naxe-core (WCAG 2.1 A/AA + bonnes pratiques), violations par impact et par page :\n${axeFigures
        .map(
          (figure) =>
            `  ${figure.page} [${figure.status}] ${JSON.stringify(figure.violations)}${figure.rules.length ? ` ${figure.rules.join(', ')}` : ''}`,
        )
        .join('\n')}\n`,
    )
    await context?.close()
    await browser?.close()
    await app?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('home: the shared layout, the latest issue with links into it, the next events with their hours, the sign-up form', async () => {
    const walked = await walk({ pathname: '/', name: 'accueil' })
    const home = await page.evaluate(() => ({
      tocLinks: [...document.querySelectorAll('.issue-toc a')].map((link) =>
        link.getAttribute('href'),
      ),
      events: [...document.querySelectorAll('.event-list .entry-facts')].map(
        (facts) => facts.textContent ?? '',
      ),
      form: document
        .querySelector('form[action="/newsletter/inscription"]')
        ?.getAttribute('method'),
    }))
    expect({ ...walked, ...home, events: home.events.length > 0, tocLinks: undefined }).toEqual({
      status: 200,
      frame: expectedFrame,
      overflows: false,
      serious: [],
      events: true,
      form: 'post',
    })
    expect(home.tocLinks[0]).toBe('/actunipso/2020-02#article-1')
    // Every listed event says its hour (timed) or that it lasts the day, in Brussels time.
    expect(home.events.every((facts) => /\d{1,2}h|toute la journée|Du /.test(facts))).toBe(true)
    await page
      .getByRole('link', { name: /^POLITIQUE/ })
      .first()
      .click()
    await page.waitForURL(/\/actunipso\/2020-02#article-1$/)
    expect(await page.locator('#article-1').isVisible()).toBe(true)
  })

  it('agenda: upcoming events by kind, conferences as a kind, past events on their own page', async () => {
    const walked = await walk({ pathname: '/agenda', name: 'agenda' })
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('.event-list h3 a')].map((link) => link.getAttribute('href')),
    )
    eventPaths.push(...(links as string[]))
    expect(walked).toEqual({ status: 200, frame: expectedFrame, overflows: false, serious: [] })
    expect(links.filter((href) => href?.startsWith('/conferences/')).length).toBe(2)

    await page.getByRole('link', { name: 'Conférence', exact: true }).click()
    await page.waitForURL(/type=conference/)
    const conferences = await page.locator('.event-list h3 a').allTextContents()
    const webinars = await walk({ pathname: '/agenda?type=webinar', name: 'agenda-webinaires' })
    const webinarTitles = await page.locator('.event-list h3 a').allTextContents()
    const past = await walk({ pathname: '/agenda?periode=passes', name: 'agenda-passes' })
    const pastTitles = await page.locator('.event-list h3 a').allTextContents()
    expect([
      conferences.length,
      webinars.serious,
      webinarTitles.map((title) => title.startsWith('Webinaire')),
      past.serious,
      pastTitles.includes("Forum de l'économie & de l'innovation sociale"),
    ]).toEqual([2, [], [true], [], true])
  })

  it('event pages: Brussels hours, venue and map, contacts, calendar links, JSON-LD, OpenGraph; a cancelled one says so first', async () => {
    const figures = []
    for (const [index, pathname] of eventPaths.entries()) {
      const walked = await walk({ pathname, name: `evenement-${index + 1}` })
      const data = await page.evaluate(() => {
        const script = document.querySelector('script[type="application/ld+json"]')
        const meta = (property: string) =>
          document.querySelector(`meta[property="${property}"]`)?.getAttribute('content')
        const first = document.querySelector('main article header')
        return {
          jsonLd: JSON.parse(script?.textContent ?? '{}'),
          ogTitle: meta('og:title'),
          ogUrl: meta('og:url'),
          notice: first?.querySelector('.notice')?.textContent ?? null,
          when: document.querySelector('.event-facts time')?.textContent ?? '',
          ics: document.querySelector('a[href$=".ics"]')?.getAttribute('href') ?? null,
          google: document.querySelector('a[href^="https://calendar.google.com/"]') !== null,
          outlook: document.querySelector('a[href^="https://outlook.live.com/"]') !== null,
          tel: [...document.querySelectorAll('a[href^="tel:+32"]')].length,
          map: document.querySelector('a[href^="https://www.openstreetmap.org/"]') !== null,
        }
      })
      figures.push({ pathname, walked, data })
    }
    for (const { pathname, walked, data } of figures) {
      const ld = data.jsonLd
      const start = DateTime.fromISO(ld.startDate, { setZone: true })
      const brusselsOffset = start.setZone(BRUSSELS).toFormat('ZZ')
      expect({
        pathname,
        status: walked.status,
        frame: walked.frame,
        overflows: walked.overflows,
        serious: walked.serious,
        type: ld['@type'],
        context: ld['@context'],
        // Timed: an instant carrying Brussels' own offset; all-day: the day alone.
        startDate:
          ld.startDate.length === 10 || (start.isValid && ld.startDate.endsWith(brusselsOffset)),
        eventStatus: /^https:\/\/schema\.org\/Event(Scheduled|Cancelled|Postponed)$/.test(
          ld.eventStatus,
        ),
        attendance: /^https:\/\/schema\.org\/(Online|Offline)EventAttendanceMode$/.test(
          ld.eventAttendanceMode,
        ),
        location: ['Place', 'VirtualLocation'].includes(ld.location?.['@type']),
        organizer: ld.organizer,
        ogUrl: data.ogUrl,
        ogTitle: Boolean(data.ogTitle),
        calendar: [data.google, data.outlook, /^http.*\/events\/.+\.ics$/.test(data.ics ?? '')],
      }).toEqual({
        pathname,
        status: 200,
        frame: expectedFrame,
        overflows: false,
        serious: [],
        type: 'Event',
        context: 'https://schema.org',
        startDate: true,
        eventStatus: true,
        attendance: true,
        location: true,
        organizer: { '@type': 'Organization', name: 'UNIPSO', url: 'https://www.unipso.be' },
        ogUrl: url(pathname),
        ogTitle: true,
        calendar: [true, true, true],
      })
    }
    const cancelled = figures.find((figure) => figure.data.jsonLd.eventStatus.endsWith('Cancelled'))
    const online = figures.find(
      (figure) => figure.data.jsonLd.location?.['@type'] === 'VirtualLocation',
    )
    const physical = figures.find((figure) => figure.data.jsonLd.location?.['@type'] === 'Place')
    expect([
      cancelled?.data.notice,
      online?.data.jsonLd.eventAttendanceMode,
      physical?.data.map,
      figures.some((figure) => figure.data.tel > 0),
      // Timed events print their hours: « de 10h à 11h30 ».
      figures.some((figure) => /de \d{1,2}h/.test(figure.data.when)),
    ]).toEqual([
      'Cet événement est annulé.',
      'https://schema.org/OnlineEventAttendanceMode',
      true,
      true,
      true,
    ])

    const ics = await fetch(figures[0]?.data.ics as string)
    expect([ics.status, ics.headers.get('content-type')]).toEqual([
      200,
      'text/calendar; charset=utf-8',
    ])
  })

  it('the layout wraps the archive, the calendars and the sign-up pages', async () => {
    const results = []
    for (const [pathname, name] of [
      ['/actunipso', 'archives'],
      ['/actunipso/2020-02', 'numero-2020-02'],
      ['/calendriers', 'calendriers'],
      ['/newsletter', 'inscription'],
      ['/newsletter/merci', 'inscription-merci'],
    ] as const) {
      const walked = await walk({ pathname, name })
      results.push({ pathname, ...walked })
    }
    expect(results).toEqual(
      results.map(({ pathname }) => ({
        pathname,
        status: 200,
        frame: expectedFrame,
        overflows: false,
        serious: [],
      })),
    )
  })

  it('unknown addresses and unpublished events get the French 404 in the site’s layout, with a way back', async () => {
    const created = await fetch(url('/api/agenda-items'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${adminToken}` },
      body: JSON.stringify({
        title: UNPUBLISHED_TITLE,
        startsAt: DateTime.now().plus({ days: 10 }).toUTC().toISO(),
        kind: 'study-day',
        isPublished: false,
      }),
    })
    const { doc } = (await created.json()) as { doc: { slug: string } }
    const results = []
    for (const [pathname, name] of [
      ['/nimporte-quoi', '404'],
      ['/agenda/inconnu', '404-evenement'],
      [`/agenda/${doc.slug}`, '404-non-publie'],
      ['/conferences/inconnue', '404-conference'],
    ] as const) {
      const walked = await walk({ pathname, name })
      const text = await page.locator('main h1').textContent()
      const home = await page.getByRole('link', { name: 'Retour à l’accueil' }).count()
      results.push({ pathname, ...walked, text, home })
    }
    expect(results).toEqual(
      results.map(({ pathname }) => ({
        pathname,
        status: 404,
        frame: expectedFrame,
        overflows: false,
        serious: [],
        text: 'Page introuvable',
        home: 1,
      })),
    )
    const agendaFeed = await (await fetch(url('/agenda/feed.xml'))).text()
    expect(agendaFeed.includes(UNPUBLISHED_TITLE)).toBe(false)
  })

  it('the pages a mail’s link opens (confirmation, unsubscribe, subscriber’s page) pass axe too', async () => {
    const results = []
    for (const [pathname, name] of [
      ['/newsletter/confirmer?token=inconnu', 'lien-confirmation'],
      ['/newsletter/desinscription?token=inconnu', 'lien-desinscription'],
      ['/newsletter/abonnement?token=inconnu', 'lien-abonnement'],
    ] as const) {
      const walked = await walk({ pathname, name })
      results.push({
        pathname,
        lang: walked.frame.lang,
        h1: walked.frame.h1,
        overflows: walked.overflows,
        serious: walked.serious,
      })
    }
    expect(results).toEqual(
      results.map(({ pathname }) => ({
        pathname,
        lang: 'fr',
        h1: 1,
        overflows: false,
        serious: [],
      })),
    )
  })

  it('feeds, robots.txt, sitemap.xml and the favicon answer over HTTP, GET and HEAD', async () => {
    const answers = []
    for (const pathname of ['/actunipso/feed.xml', '/agenda/feed.xml']) {
      const got = await fetch(url(pathname))
      const body = await got.text()
      const head = await fetch(url(pathname), { method: 'HEAD' })
      const again = await fetch(url(pathname), {
        headers: { 'if-none-match': got.headers.get('etag') ?? '' },
      })
      answers.push([
        pathname,
        got.status,
        got.headers.get('content-type'),
        got.headers.get('cache-control'),
        body.startsWith('<?xml') && body.includes('<feed xmlns="http://www.w3.org/2005/Atom">'),
        head.status,
        (await head.text()).length,
        again.status,
      ])
    }
    expect(answers).toEqual(
      ['/actunipso/feed.xml', '/agenda/feed.xml'].map((pathname) => [
        pathname,
        200,
        'application/atom+xml; charset=utf-8',
        'public, max-age=3600',
        true,
        200,
        0,
        304,
      ]),
    )
    const robots = await (await fetch(url('/robots.txt'))).text()
    const sitemap = await (await fetch(url('/sitemap.xml'))).text()
    const icon = await fetch(url('/icon.svg'))
    expect([
      robots.includes('Disallow: /admin'),
      robots.includes('Disallow: /api'),
      robots.includes('Disallow: /newsletter/confirmer'),
      robots.includes(`Sitemap: ${url('/sitemap.xml')}`),
      sitemap.includes(`<loc>${url('/actunipso/2020-02')}</loc>`),
      eventPaths.every((pathname) => sitemap.includes(`<loc>${url(pathname)}</loc>`)),
      icon.status,
      icon.headers.get('content-type'),
    ]).toEqual([true, true, true, true, true, true, 200, 'image/svg+xml'])
  })
})
