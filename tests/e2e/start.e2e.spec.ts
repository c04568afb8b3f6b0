import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser } from 'playwright-core'

import { launchBrowser } from '../helpers/browser'
import type { RunningApp } from '../helpers/startApp'
import { startApp } from '../helpers/startApp'

/**
 * The newcomer's path: `npm start` on an empty database builds if needed, migrates, loads the
 * demo, prints a one-time admin password, and serves the French admin and the REST API.
 */
describe('npm start', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actunipso-start-'))
  const env = {
    DATABASE_URI: `file:${path.join(dir, 'app.db')}`,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    ADMIN_EMAIL: '',
    ADMIN_PASSWORD: '',
  }
  let app: RunningApp | undefined
  let password = ''

  beforeAll(async () => {
    app = await startApp({ env })
    password = /Mot de passe : (\S+)/.exec(app.output())?.[1] ?? ''
  })
  afterAll(async () => {
    await app?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('should print a random admin password once', () => {
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/)
  })

  it('should serve the admin login page in French', async () => {
    const response = await fetch(`${app?.baseUrl}/admin/login`)
    const html = await response.text()
    expect([response.status, /<html[^>]*lang="fr"/.test(html)]).toEqual([200, true])
  })

  it('should let the admin log in and find the February 2020 issue with its six articles', async () => {
    const login = await fetch(`${app?.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@unipso.local', password }),
    })
    const { token } = (await login.json()) as { token: string }
    const response = await fetch(
      `${app?.baseUrl}/api/issues?where[month][equals]=2020-02&depth=0`,
      {
        headers: { authorization: `JWT ${token}` },
      },
    )
    const body = (await response.json()) as { docs: Array<{ subject: string; articles: number[] }> }
    expect(body.docs.map((issue) => [issue.subject, issue.articles.length])).toEqual([
      ['#ActUNIPSO – Février 2020', 6],
    ])
  })

  it('should publish the February 2020 issue on the web archive, and not the draft', async () => {
    const archive = await (await fetch(`${app?.baseUrl}/actunipso`)).text()
    const page = await fetch(`${app?.baseUrl}/actunipso/2020-02`)
    const html = await page.text()
    const draft = await fetch(`${app?.baseUrl}/actunipso/2099-01`)
    expect([
      archive.includes('Février 2020'),
      page.status,
      html.includes('21/02 : Bureau à 8h30 &amp; CA à 10h30 (UNIPSO Namur)'),
      draft.status,
    ]).toEqual([true, 200, true, 404])
  })

  it('should send a test of the issue into the local outbox', async () => {
    const login = await fetch(`${app?.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@unipso.local', password }),
    })
    const { token } = (await login.json()) as { token: string }
    const issues = await fetch(`${app?.baseUrl}/api/issues?where[month][equals]=2020-02&depth=0`, {
      headers: { authorization: `JWT ${token}` },
    })
    const id = ((await issues.json()) as { docs: Array<{ id: number }> }).docs[0]?.id
    const sent = await fetch(`${app?.baseUrl}/api/issues/${id}/send-test`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ to: 'redaction@unipso.be' }),
    })
    const outbox = (await (await fetch(`${app?.mailUrl}/api/outbox`)).json()) as {
      data: Array<{ to: string[]; subject: string }>
    }
    expect([sent.status, outbox.data.map((mail) => [mail.to[0], mail.subject])]).toEqual([
      200,
      [['redaction@unipso.be', '[TEST] #ActUNIPSO – Février 2020']],
    ])
  })

  it('should serve the public agenda feed with ETag and 304, and the subscription page', async () => {
    const feed = await fetch(`${app?.baseUrl}/calendars/agenda.ics`)
    const body = await feed.text()
    const etag = feed.headers.get('etag') as string
    const again = await fetch(`${app?.baseUrl}/calendars/agenda.ics`, {
      headers: { 'if-none-match': etag },
    })
    const page = await (await fetch(`${app?.baseUrl}/calendriers`)).text()
    expect([
      feed.status,
      feed.headers.get('content-type'),
      body.includes("SUMMARY:Forum de l'économie & de l'innovation sociale"),
      again.status,
    ]).toEqual([200, 'text/calendar; charset=utf-8', true, 304])
    expect([
      page.includes('webcal://'),
      // Google subscribes from the https (here http) address, not webcal://.
      page.includes('calendar.google.com/calendar/render?cid=http'),
    ]).toEqual([true, true])
  })

  it('should answer 404 with no detail for an unknown member token', async () => {
    const response = await fetch(`${app?.baseUrl}/calendars/members/AAAAAAAA.${'B'.repeat(43)}.ics`)
    expect([response.status, await response.text()]).toEqual([404, 'Not Found'])
  })

  // The calendars page, the web archive and the newsletter form are screenshotted (375/1280 px)
  // and checked for overflow by the visitor journeys: tests/e2e/journeys.e2e.spec.ts.
  describe('in a real browser', () => {
    let browser: Browser
    const artifacts = path.resolve('tests/artifacts')
    beforeAll(async () => {
      fs.mkdirSync(artifacts, { recursive: true })
      browser = await launchBrowser()
    })
    afterAll(async () => {
      await browser?.close()
    })

    it.each([1280, 375])(
      'should show the admin dashboard with the demo’s figures at %i px',
      async (width) => {
        const page = await browser.newPage({ viewport: { width, height: 900 } })
        await page.goto(`${app?.baseUrl}/admin/login`)
        await page.locator('input[name="email"]').fill('admin@unipso.local')
        await page.locator('input[name="password"]').fill(password)
        await page.getByRole('button', { name: 'Se connecter' }).click()
        const dashboard = page.getByTestId('actunipso-dashboard')
        await dashboard.waitFor({ timeout: 60_000 })
        const subscribers = await dashboard
          .getByRole('heading', { name: /^Abonnés : \d+ actifs/ })
          .textContent()
        const nextIssue = await dashboard
          .getByRole('heading', { name: 'Prochain numéro' })
          .isVisible()
        const upcoming = await dashboard
          .getByRole('heading', { name: 'Les 30 prochains jours' })
          .locator('..')
          .getByRole('listitem')
          .count()
        const charts = await dashboard.getByRole('img').count()
        const isOverflowing = await page.evaluate(
          () => document.documentElement.scrollWidth > window.innerWidth,
        )
        await page.screenshot({
          path: path.join(artifacts, `admin-dashboard-${width}.png`),
          fullPage: true,
        })
        await page.close()
        expect([subscribers, nextIssue, upcoming > 0, charts, isOverflowing]).toEqual([
          'Abonnés : 30 actifs',
          true,
          true,
          1,
          false,
        ])
      },
    )
  })

  it('should let a visitor subscribe and confirm from the mail in the local outbox', async () => {
    const response = await fetch(`${app?.baseUrl}/newsletter/inscription`, {
      method: 'POST',
      body: new URLSearchParams({
        email: 'visiteur@federation.be',
        firstName: 'Camille',
        consent: 'on',
      }),
      redirect: 'manual',
    })
    // The form only queues the mail: the outbox drain sends it a moment later.
    let link = ''
    for (let attempt = 0; attempt < 120 && !link; attempt += 1) {
      const outbox = (await (await fetch(`${app?.mailUrl}/api/outbox`)).json()) as {
        data: Array<{ to: string[]; text: string }>
      }
      const mail = outbox.data.find((entry) => entry.to[0] === 'visiteur@federation.be')
      link = /(http\S+\/newsletter\/confirmer\?token=\S+)/.exec(mail?.text ?? '')?.[1] ?? ''
      if (!link) await new Promise((resolve) => setTimeout(resolve, 500))
    }
    const url = new URL(link.replace(/^http:\/\/localhost:\d+/, app?.baseUrl ?? ''))
    // Following the link shows a button and confirms nothing; the button's POST confirms.
    const shown = await (await fetch(url)).text()
    const confirmation = await fetch(url, {
      method: 'POST',
      body: new URLSearchParams({ token: url.searchParams.get('token') ?? '' }),
    })
    expect([
      response.status,
      shown.includes('Confirmer mon inscription'),
      shown.includes('Inscription confirmée'),
      confirmation.status,
      (await confirmation.text()).includes('Inscription confirmée'),
    ]).toEqual([303, true, false, 200, true])
  })

  it('should keep meetings private', async () => {
    const response = await fetch(`${app?.baseUrl}/api/meetings`)
    expect(response.status).toBe(403)
  })

  it('should change nothing on a second start', async () => {
    const count = async () => {
      const response = await fetch(`${app?.baseUrl}/api/articles?limit=0`)
      return ((await response.json()) as { totalDocs: number }).totalDocs
    }
    const before = await count()
    await app?.stop()
    app = await startApp({ env })
    expect([
      app.output().includes('démo non rechargée'),
      app.output().includes('Mot de passe :'),
      await count(),
    ]).toEqual([true, false, before])
  })
})
