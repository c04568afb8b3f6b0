import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'

import { launchBrowser } from '../helpers/browser'
import type { RunningApp } from '../helpers/startApp'
import { freePort, startApp } from '../helpers/startApp'
import type { CompiledTemplate } from '@/domain/newsletter/personalize'
import { personalize } from '@/domain/newsletter/personalize'

/**
 * The February 2020 email as the demo froze it (its edition), opened in a real Chromium: axe-core
 * in light and dark colours, screenshots of the light email, of Apple Mail's dark mode
 * (prefers-color-scheme: dark) and of a client that darkens mails itself (Chromium's automatic
 * dark mode, the algorithm of Gmail's Android app), the calendar buttons as a reader sees them,
 * and the web archive's headings against the email's. The app runs as `npm start` runs it.
 */

const ARTIFACTS = path.resolve('tests/artifacts')
const ADMIN_PASSWORD = crypto.randomBytes(12).toString('base64url')
const RECIPIENT = {
  greeting: 'Bonjour Anne,',
  unsubscribeUrl: 'https://example.org/newsletter/desinscription?token=exemple',
}

type AxeSummary = { serious: string[]; all: Record<string, number> }

/** axe-core's findings on the page: the serious and critical rules, and a count per impact. */
async function axe(page: Page, include?: string): Promise<AxeSummary> {
  const builder = new AxeBuilder({ page: page as never })
  if (include) builder.include(include)
  const { violations } = await builder.analyze()
  const all: Record<string, number> = {}
  for (const violation of violations)
    all[violation.impact ?? 'none'] =
      (all[violation.impact ?? 'none'] ?? 0) + violation.nodes.length
  return {
    serious: violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} (${violation.nodes.length}) ${violation.help}`),
    all,
  }
}

/** Every heading in the element, as "h2 Agenda" with the text as written (not as displayed). */
const headingsIn = (page: Page, selector: string) =>
  page.$$eval(`${selector} h1, ${selector} h2, ${selector} h3, ${selector} h4`, (headings) =>
    headings.map(
      (heading) =>
        `${heading.tagName.toLowerCase()} ${(heading.textContent ?? '').replace(/\s+/g, ' ').trim()}`,
    ),
  )

describe('the #ActUNIPSO email in a real browser', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actunipso-email-'))
  let app: RunningApp
  let browser: Browser
  let html = ''

  const emailPage = async (colorScheme: 'light' | 'dark', width = 700) => {
    // A page of its own context: axe-core's runner opens pages beside it.
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme })
    const page = await context.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    return page
  }
  const screenshot = async (page: Page, name: string) => {
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })
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
    const { token } = (await login.json()) as { token: string }
    // The demo's February 2020 issue is sent: its edition holds the bytes subscribers received.
    const editions = (await (
      await fetch(`${app.baseUrl}/api/editions?where[month][equals]=2020-02&depth=0`, {
        headers: { authorization: `JWT ${token}` },
      })
    ).json()) as { docs: Array<{ templates: { html: CompiledTemplate } }> }
    html = personalize({
      template: editions.docs[0]?.templates.html as CompiledTemplate,
      recipient: RECIPIENT,
    })
    console.log(
      `Courriel de février 2020 (édition figée) : ${(Buffer.byteLength(html) / 1024).toFixed(1)} Ko`,
    )
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('should have no serious or critical axe-core violation, in light and dark colours', async () => {
    const light = await emailPage('light')
    const lightResults = await axe(light)
    await screenshot(light, 'email-2020-02-light-700')
    await light.setViewportSize({ width: 375, height: 900 })
    const overflows = await light.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    )
    await screenshot(light, 'email-2020-02-light-375')
    const dark = await emailPage('dark')
    const darkResults = await axe(dark)
    await screenshot(dark, 'email-2020-02-dark-700')
    console.log(
      `axe-core, courriel : clair ${JSON.stringify(lightResults.all)}, sombre ${JSON.stringify(darkResults.all)}`,
    )
    expect([lightResults.serious, darkResults.serious, overflows]).toEqual([[], [], false])
  })

  it('should turn dark under prefers-color-scheme: dark, and stay readable when a client darkens it', async () => {
    const dark = await emailPage('dark')
    const colours = (page: Page) =>
      page.evaluate(() => {
        const style = (selector: string) => {
          const element = document.querySelector(selector) as HTMLElement
          return [getComputedStyle(element).backgroundColor, getComputedStyle(element).color]
        }
        return { card: style('.au-card')[0], paragraph: style('p.au-text')[1] }
      })
    const darkColours = await colours(dark)
    const light = await emailPage('light')
    const lightColours = await colours(light)
    // Gmail's apps ignore the style sheet and darken the light colours themselves.
    const darkening = await launchBrowser({
      args: ['--blink-settings=forceDarkModeEnabled=true'],
    })
    try {
      const page = await darkening.newPage({ viewport: { width: 700, height: 900 } })
      await page.setContent(html, { waitUntil: 'load' })
      await screenshot(page, 'email-2020-02-darkened-by-client-700')
    } finally {
      await darkening.close()
    }
    expect([lightColours, darkColours]).toEqual([
      { card: 'rgb(255, 255, 255)', paragraph: 'rgb(31, 41, 51)' },
      { card: 'rgb(26, 34, 40)', paragraph: 'rgb(232, 237, 241)' },
    ])
  })

  it('should show « Ajouter à mon agenda » as visible buttons of at least 14 px', async () => {
    const page = await emailPage('light', 375)
    const buttons = await page.$$eval('a.au-button', (links) =>
      links.map((link) => {
        const style = getComputedStyle(link)
        const box = link.getBoundingClientRect()
        return {
          text: link.textContent?.trim(),
          fontSize: parseFloat(style.fontSize),
          isBoxed: style.backgroundColor !== 'rgba(0, 0, 0, 0)' && box.height >= 36,
          isOnScreen: box.left >= 0 && box.right <= window.innerWidth,
        }
      }),
    )
    expect(buttons).toEqual(
      ['Google Agenda', 'Outlook', 'Fichier .ics'].map((text) => ({
        text,
        fontSize: 14,
        isBoxed: true,
        isOnScreen: true,
      })),
    )
  })

  it('should give the web archive the same headings, in the same order, as the email', async () => {
    const email = await emailPage('light')
    const emailHeadings = await headingsIn(email, 'body')
    const archive = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 } })
    ).newPage()
    await archive.goto(`${app.baseUrl}/actunipso/2020-02`)
    const archiveHeadings = await headingsIn(archive, '[data-issue]')
    const archiveResults = await axe(archive, '[data-issue]')
    await screenshot(archive, 'archive-2020-02-issue-1280')
    console.log(`axe-core, numéro archivé (contenu) : ${JSON.stringify(archiveResults.all)}`)
    console.log(`Titres du courriel : ${emailHeadings.length}`)
    expect(emailHeadings.slice(0, 4)).toEqual([
      'h1 #ActUNIPSO Février 2020',
      'h2 Au sommaire de l’#ActUNIPSO',
      'h3 Dossiers et projets',
      'h3 Agenda',
    ])
    expect(archiveHeadings).toEqual(emailHeadings)
    expect(archiveResults.serious).toEqual([])
  })

  it('should send text readers to the event’s page, which answers', async () => {
    const login = await fetch(`${app.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@unipso.local', password: ADMIN_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const editions = (await (
      await fetch(`${app.baseUrl}/api/editions?where[month][equals]=2020-02&depth=0`, {
        headers: { authorization: `JWT ${token}` },
      })
    ).json()) as { docs: Array<{ templates: { text: CompiledTemplate } }> }
    const text = personalize({
      template: editions.docs[0]?.templates.text as CompiledTemplate,
      recipient: RECIPIENT,
    })
    const pageUrl = /Ajouter à mon agenda : (\S+)/.exec(text)?.[1] ?? ''
    const response = await fetch(pageUrl)
    expect([
      pageUrl,
      response.status,
      /calendar\.google\.com|outlook\.live\.com/.test(text),
    ]).toEqual([`${app.baseUrl}/agenda/forum-de-l-economie-de-l-innovation-sociale`, 200, false])
  })
})
