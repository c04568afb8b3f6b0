import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchBrowser } from '../helpers/browser'
import { parseIcs } from '../helpers/parseIcs'
import type { RunningApp } from '../helpers/startApp'
import { freePort, startApp } from '../helpers/startApp'
import { restAs, closeContexts } from '../helpers/restAs'

/**
 * /calendriers, the per-kind feeds and the subscriber's own page, against the app as `npm start`
 * serves it (production build, fresh SQLite file with the demo, local mail server), in Chromium
 * and with plain requests such as mail scanners send.
 */

const ARTIFACTS = path.resolve('tests/artifacts')
const ADMIN_PASSWORD = crypto.randomBytes(12).toString('base64url')
/** Mail scanners and link previewers that follow links in mails on their own (GET and HEAD). */
const SCANNER_AGENTS = [
  'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0) Microsoft Office SafeLinks',
  'Proofpoint URL Defense/1.0',
  'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)',
  'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
]
const WEBINAR =
  "Webinaire : les aides à l'emploi APE expliquées aux employeurs du secteur à profit social"

type OutboxMail = { id: string; to: string[]; subject: string; text?: string }
type SubscriberDoc = {
  id: number
  email: string
  status: string
  organisation?: string | null
  updatedAt: string
  token: string
}

describe('calendars and the subscriber’s own page, served by npm start', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actunipso-calendars-'))
  let app: RunningApp
  let browser: Browser
  let adminToken = ''
  const contexts = new Set<BrowserContext>()

  const api = restAs(() => ({ baseUrl: app.baseUrl, token: adminToken }))
  const subscriber = async (email: string) =>
    (
      await api<{ docs: SubscriberDoc[] }>(
        `/api/subscribers?where[email][equals]=${encodeURIComponent(email)}&depth=0`,
      )
    ).docs[0] ?? null
  const outbox = async (): Promise<OutboxMail[]> =>
    ((await (await fetch(`${app.mailUrl}/api/outbox`)).json()) as { data: OutboxMail[] }).data
  /** Every scanner follows the link with GET and HEAD; answers' statuses. */
  const scan = async (url: string) => {
    const statuses: number[] = []
    for (const agent of SCANNER_AGENTS) {
      for (const method of ['GET', 'HEAD']) {
        const response = await fetch(url, { method, headers: { 'user-agent': agent } })
        await response.arrayBuffer()
        statuses.push(response.status)
      }
    }
    return [...new Set(statuses)]
  }
  const visitorPage = async (width: number): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      locale: 'fr-BE',
      timezoneId: 'Europe/Brussels',
      acceptDownloads: true,
    })
    contexts.add(context)
    return { context, page: await context.newPage() }
  }
  const isOverflowing = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
  /** Serious and critical axe-core violations of the page, by rule. */
  const seriousViolations = async (page: Page) =>
    (await new AxeBuilder({ page: page as never }).analyze()).violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => violation.id)

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
        ADMIN_EMAIL: 'admin@unipso.local',
        ADMIN_PASSWORD,
        SCHEDULER: 'off',
      },
    })
    const login = await fetch(`${app.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@unipso.local', password: ADMIN_PASSWORD }),
    })
    adminToken = ((await login.json()) as { token: string }).token
    browser = await launchBrowser()
  })
  afterEach(() => closeContexts(contexts))
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('should show /calendriers with hours, per-client links, per-kind feeds and a working copy button', async () => {
    const { context, page } = await visitorPage(1280)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: app.baseUrl,
    })
    await page.goto(`${app.baseUrl}/calendriers`)
    await page.screenshot({
      path: path.join(ARTIFACTS, 'calendriers-full-1280.png'),
      fullPage: true,
    })
    const webinarEntry = page.getByRole('listitem').filter({ hasText: WEBINAR })
    const when = await webinarEntry.locator('time').innerText()
    const kinds = await page.getByRole('heading', { level: 3 }).allInnerTexts()
    const webinarCard = page.locator('.kind-feed').filter({ hasText: 'Webinaires de l’UNIPSO' })
    const hrefs = await Promise.all(
      ['Apple Calendrier', 'Google Agenda', 'Outlook.com'].map((name) =>
        webinarCard.getByRole('link', { name }).getAttribute('href'),
      ),
    )
    await webinarCard.getByRole('button', { name: /Copier l’adresse/ }).click()
    await webinarCard.getByRole('status').getByText('Adresse copiée.').waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    const violations = await seriousViolations(page)
    await page.setViewportSize({ width: 375, height: 900 })
    const overflows = await isOverflowing(page)
    await page.screenshot({
      path: path.join(ARTIFACTS, 'calendriers-full-375.png'),
      fullPage: true,
    })

    const feedUrl = `${app.baseUrl}/calendars/agenda.ics?kind=webinar`
    expect(when).toMatch(/^[A-Z][a-zé]+ \d{1,2} [a-zéû]+ \d{4}, de 10h à 11h30$/)
    expect(kinds).toEqual([
      'Forums de l’UNIPSO',
      'Journées d’étude de l’UNIPSO',
      'Webinaires de l’UNIPSO',
      'Formations de l’UNIPSO',
      'Autres événements de l’UNIPSO',
    ])
    expect(hrefs).toEqual([
      feedUrl.replace(/^http:/, 'webcal:'),
      `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(feedUrl)}`,
      `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(feedUrl)}&name=${encodeURIComponent('Webinaires de l’UNIPSO')}`,
    ])
    expect([copied, violations, overflows]).toEqual([feedUrl, [], false])
  })

  it('should serve a per-kind feed with its refresh interval, and a French 400 for an unknown kind', async () => {
    const feed = await fetch(`${app.baseUrl}/calendars/agenda.ics?kind=webinar`)
    const body = await feed.text()
    const head = await fetch(`${app.baseUrl}/calendars/agenda.ics?kind=webinar`, {
      method: 'HEAD',
    })
    const unknown = await fetch(`${app.baseUrl}/calendars/agenda.ics?kind=concert`)
    const unknownHead = await fetch(`${app.baseUrl}/calendars/agenda.ics?kind=concert`, {
      method: 'HEAD',
    })
    expect([
      feed.status,
      feed.headers.get('content-type'),
      feed.headers.get('cache-control'),
      /^REFRESH-INTERVAL;VALUE=DURATION:PT1H\r$/m.test(body),
      /^X-PUBLISHED-TTL:PT1H\r$/m.test(body),
      parseIcs(body).events.map((event) => event.summary),
      head.status,
      head.headers.get('etag') === feed.headers.get('etag'),
      unknown.status,
      ((await unknown.json()) as { error: string }).error,
      unknownHead.status,
    ]).toEqual([
      200,
      'text/calendar; charset=utf-8',
      'public, max-age=3600',
      true,
      true,
      [WEBINAR],
      200,
      true,
      400,
      'Type d’évènement inconnu : « concert ». Types possibles : forum, study-day, webinar, training, other.',
      400,
    ])
  })

  it('should let a subscriber see their data, change their organisation, download it and erase it, while scanners change nothing', async () => {
    const email = 'lea.gestion@federation.be'
    const created = (
      await api<{ doc: SubscriberDoc }>('/api/subscribers', {
        method: 'POST',
        body: JSON.stringify({
          email,
          firstName: 'Léa',
          organisation: 'ASBL Avant',
          status: 'active',
          consent: { at: '2026-01-05T08:00:00.000Z', source: 'admin', detail: 'Test e2e' },
        }),
      })
    ).doc
    const manageUrl = `${app.baseUrl}/newsletter/abonnement?token=${encodeURIComponent(created.token)}`
    const manageStatuses = await scan(manageUrl)
    const dataStatuses = await scan(
      `${app.baseUrl}/newsletter/abonnement/donnees?token=${encodeURIComponent(created.token)}`,
    )
    const afterScan = await subscriber(email)

    const { page } = await visitorPage(375)
    await page.goto(manageUrl)
    const held = await page.locator('dl.held').innerText()
    const pageOverflows = await isOverflowing(page)
    const pageViolations = await seriousViolations(page)
    await page.screenshot({ path: path.join(ARTIFACTS, 'abonnement-375.png'), fullPage: true })
    await page.getByRole('textbox', { name: 'Organisation' }).fill('ASBL Après')
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await page.getByText('Vos informations ont été enregistrées.').waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Télécharger mes données (JSON)' }).click(),
    ])
    const data = JSON.parse(fs.readFileSync((await download.path()) as string, 'utf8')) as {
      subscriber: { email: string; organisation: string }
    }
    await page.getByRole('button', { name: 'Demander l’effacement de mes données' }).click()
    await page.getByText('Un courriel vient de vous être envoyé').waitFor()
    let erasureMail: OutboxMail | undefined
    for (let attempt = 0; attempt < 40 && !erasureMail; attempt += 1) {
      erasureMail = (await outbox()).find(
        (entry) => entry.to.includes(email) && entry.subject.startsWith('Confirmez l’effacement'),
      )
      if (!erasureMail) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    const eraseUrl = /(http\S+\/newsletter\/effacement\?token=\S+)/.exec(
      erasureMail?.text ?? '',
    )?.[1] as string
    const eraseStatuses = await scan(eraseUrl)
    // Chromium repeats a navigation when asked for client hints: opening the link erases nothing.
    await page.goto(eraseUrl)
    const stillThere = await subscriber(email)
    await page.getByRole('button', { name: 'Effacer définitivement mes données' }).click()
    await page.getByRole('heading', { name: 'Vos données ont été effacées' }).waitFor()
    const gone = await subscriber(email)
    const oldLink = await fetch(manageUrl)

    expect([manageStatuses, dataStatuses]).toEqual([[200], [200]])
    expect([afterScan?.status, afterScan?.updatedAt]).toEqual(['active', created.updatedAt])
    expect(held).toContain('ASBL Avant')
    expect([pageOverflows, pageViolations]).toEqual([false, []])
    expect([data.subscriber.email, data.subscriber.organisation]).toEqual([email, 'ASBL Après'])
    expect([eraseStatuses, stillThere?.email]).toEqual([[200], email])
    expect([gone, oldLink.status]).toEqual([null, 404])
  })
})
