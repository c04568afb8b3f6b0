import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { IncomingHttpHeaders } from 'node:http'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { logInThroughAdmin } from '../helpers/adminLogin'
import { launchBrowser } from '../helpers/browser'
import type { RunningApp } from '../helpers/startApp'
import { freePort, startApp } from '../helpers/startApp'

/**
 * Issue 13, « HTTP hardening », against the production build `npm start` serves: the security
 * headers of every route the build contains (listed from its own manifest, so a new page cannot
 * be forgotten), CSP nonces on every script, the admin working in Chromium under that policy from
 * localhost and 127.0.0.1 alike, HSTS and Secure cookies exactly when SERVER_URL is https, and
 * redirects that never send a visitor to the host a proxy put in front of the app.
 */

const PASSWORD = crypto.randomBytes(12).toString('base64url')
const ADMIN = { email: 'admin@unipso.local', password: PASSWORD }
const PUBLIC_URL = 'https://actunipso.example.org'
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

type Answer = { status: number; headers: IncomingHttpHeaders; body: string }

/** A raw request: unlike fetch, it may carry the Host header a reverse proxy would forward. */
function request(
  url: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(url, { method, headers }, (incoming) => {
      let text = ''
      incoming.setEncoding('utf8')
      incoming.on('data', (chunk: string) => (text += chunk))
      incoming.on('end', () =>
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: text }),
      )
    })
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

function appEnv(dir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URI: `file:${path.join(dir, 'app.db')}`,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SCHEDULER: 'off',
    ...extra,
  }
}

async function adminToken(app: RunningApp): Promise<string> {
  const login = await fetch(`${app.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  return ((await login.json()) as { token: string }).token
}

/** The routes of the build being served (`npm start` built it into NEXT_DIST_DIR). */
function builtRoutes(): string[] {
  const manifest = path.resolve(
    process.env.NEXT_DIST_DIR || '.next',
    'app-path-routes-manifest.json',
  )
  const routes = Object.values(
    JSON.parse(fs.readFileSync(manifest, 'utf8')) as Record<string, string>,
  )
  // Next's own error pages are reached through an unknown address (see SAMPLES).
  return routes.filter((route) => !route.startsWith('/_')).sort()
}

/** The directives of a Content-Security-Policy, by name. */
function directives(policy: string | undefined): Record<string, string[]> {
  return Object.fromEntries(
    (policy ?? '').split(';').map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/)
      return [name, values]
    }),
  )
}

/** Every `<script>` of a page that a browser would run, and whether it carries the nonce. */
function scriptsWithoutNonce(html: string, nonce: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => !/type="application\/ld\+json"/.test(tag))
    .filter((tag) => !tag.includes(`nonce="${nonce}"`))
}

/** CSP violations Chromium reports on this page (its console), with the page's address. */
function watchViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      violations.push(`${page.url()} : ${message.text()}`)
  })
  return violations
}

describe('HTTP hardening of the production build', () => {
  describe('with SERVER_URL left to its local default (http://localhost:<port>)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actunipso-hardening-'))
    let app: RunningApp
    let browser: Browser
    let token = ''
    let issue = { id: 0, subject: '' }
    /** Sample addresses for each route of the build: every route must have one. */
    let samples: Record<string, string[]> = {}

    const api = async <T>(route: string, init: RequestInit = {}): Promise<T> => {
      const response = await fetch(`${app.baseUrl}${route}`, {
        ...init,
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      })
      if (!response.ok) throw new Error(`${route} : ${response.status} ${await response.text()}`)
      return (await response.json()) as T
    }
    /** A field of the first document a visitor (or, for meetings, staff) may read. */
    const first = async (collection: string, field: string) => {
      const response = await fetch(`${app.baseUrl}/api/${collection}?limit=1&depth=0`, {
        headers: collection === 'meetings' ? { authorization: `JWT ${token}` } : {},
      })
      const { docs } = (await response.json()) as { docs: Array<Record<string, string>> }
      return docs[0][field]
    }

    beforeAll(async () => {
      app = await startApp({ env: appEnv(dir) })
      token = await adminToken(app)
      browser = await launchBrowser()
      const issues = await api<{ docs: Array<{ id: number; subject: string }> }>(
        '/api/issues?where[month][equals]=2020-02&depth=0',
      )
      issue = issues.docs[0]
      const member = await api<{ doc: { feedUrl: string; feedToken: string } }>('/api/members', {
        method: 'POST',
        body: JSON.stringify({ name: 'Membre Témoin', email: 'membre.temoin@federation.be' }),
      })
      const memberFeed = new URL(member.doc.feedUrl).pathname
      const memberToken = memberFeed.slice('/calendars/members/'.length, -'.ics'.length)
      samples = {
        '/': ['/'],
        '/[...chemin]': ['/cette-page-n-existe-pas'],
        '/actunipso': ['/actunipso'],
        '/actunipso/[month]': ['/actunipso/2020-02'],
        '/actunipso/feed.xml': ['/actunipso/feed.xml'],
        '/admin/[[...segments]]': ['/admin', '/admin/login', '/admin/collections/issues'],
        '/agenda': ['/agenda'],
        '/agenda/[slug]': [`/agenda/${await first('agenda-items', 'slug')}`],
        '/agenda/feed.xml': ['/agenda/feed.xml'],
        '/api/[...slug]': ['/api/health', '/api/articles?limit=1', '/api/users/me'],
        '/calendars/agenda.ics': ['/calendars/agenda.ics'],
        '/calendars/conferences.ics': ['/calendars/conferences.ics'],
        '/calendars/members/[token]': [memberFeed],
        '/calendriers': ['/calendriers'],
        '/conferences/[slug]': [`/conferences/${await first('conferences', 'slug')}`],
        '/events/[collection]/[id]': [
          `/events/conferences/${await first('conferences', 'id')}.ics`,
          `/events/meetings/${await first('meetings', 'id')}.ics?token=${memberToken}`,
        ],
        '/newsletter': ['/newsletter'],
        '/newsletter/abonnement': ['/newsletter/abonnement?token=inconnu.inconnu'],
        '/newsletter/abonnement/donnees': ['/newsletter/abonnement/donnees?token=inconnu'],
        '/newsletter/abonnement/effacement': ['/newsletter/abonnement/effacement'],
        '/newsletter/confirmer': ['/newsletter/confirmer?token=inconnu.inconnu'],
        '/newsletter/desinscription': ['/newsletter/desinscription?token=inconnu.inconnu'],
        '/newsletter/effacement': ['/newsletter/effacement?token=inconnu.inconnu'],
        '/newsletter/inscription': ['/newsletter/inscription'],
        '/newsletter/merci': ['/newsletter/merci'],
        '/robots.txt': ['/robots.txt'],
        '/sitemap.xml': ['/sitemap.xml'],
        '/icon.svg': ['/icon.svg'],
      }
    })
    afterAll(async () => {
      await browser?.close()
      await app?.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    })

    it('should have a sample address for every route of the build', () => {
      expect(builtRoutes().filter((route) => !(route in samples))).toStrictEqual([])
    })

    it('should send the security headers on every page, feed, file and API answer', async () => {
      const addresses = builtRoutes().flatMap((route) => samples[route] ?? [])
      const seen = []
      for (const address of addresses) {
        const { status, headers } = await request(`${app.baseUrl}${address}`)
        const policy = directives(headers['content-security-policy'] as string)
        seen.push({
          address,
          status: status < 500,
          frameAncestors: policy['frame-ancestors'],
          defaultSrc: policy['default-src']?.length === 1,
          frameOptions: headers['x-frame-options'],
          nosniff: headers['x-content-type-options'],
          referrer: headers['referrer-policy'],
          permissions: /camera=\(\)/.test(String(headers['permissions-policy'])),
          poweredBy: headers['x-powered-by'],
          hsts: headers['strict-transport-security'],
        })
        console.log(`${status} ${address} ${headers['content-type'] ?? ''}`)
      }
      const tokenBearing =
        /^\/(newsletter\/(confirmer|desinscription|abonnement|effacement)|calendars\/members\/)|[?&]token=/
      expect(seen).toStrictEqual(
        addresses.map((address) => ({
          address,
          status: true,
          frameAncestors: ["'none'"],
          defaultSrc: true,
          frameOptions: 'DENY',
          nosniff: 'nosniff',
          referrer: tokenBearing.test(address) ? 'no-referrer' : 'strict-origin-when-cross-origin',
          permissions: true,
          poweredBy: undefined,
          hsts: undefined,
        })),
      )
    })

    it('should put this request’s nonce on every script of every page, and allow no inline script', async () => {
      const pages = builtRoutes()
        .flatMap((route) => samples[route] ?? [])
        .filter((address) => !/\.(ics|xml|txt|svg)(\?|$)|^\/api\//.test(address))
      const report = []
      for (const address of pages) {
        const { headers, body } = await request(`${app.baseUrl}${address}`)
        if (!String(headers['content-type']).startsWith('text/html')) continue
        const scripts = directives(headers['content-security-policy'] as string)['script-src']
        const nonce = /'nonce-([^']+)'/.exec(scripts.join(' '))?.[1] ?? ''
        report.push({
          address,
          scriptSrc: scripts.filter((value) => !value.startsWith("'nonce-")),
          hasNonce: nonce.length >= 16,
          withoutNonce: scriptsWithoutNonce(body, nonce),
        })
      }
      expect(report.length).toBeGreaterThan(10)
      expect(report).toStrictEqual(
        report.map(({ address }) => ({
          address,
          scriptSrc: ["'self'", "'strict-dynamic'"],
          hasNonce: true,
          withoutNonce: [],
        })),
      )
    })

    it('should give each request its own nonce', async () => {
      const nonces = await Promise.all(
        [1, 2, 3].map(async () => {
          const { headers } = await request(`${app.baseUrl}/newsletter`)
          return /'nonce-([^']+)'/.exec(String(headers['content-security-policy']))?.[1]
        }),
      )
      expect(new Set(nonces).size).toBe(3)
    })

    it('should show every public page in Chromium without a CSP violation, JSON-LD included', async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      const violations = watchViolations(page)
      const pages = builtRoutes()
        .filter((route) => !route.startsWith('/admin') && !route.startsWith('/api'))
        .flatMap((route) => samples[route] ?? [])
        .filter((address) => !/\.(ics|xml|txt|svg)(\?|$)|inscription|effacement$/.test(address))
      const structuredData: unknown[] = []
      for (const address of pages) {
        await page.goto(`${app.baseUrl}${address}`, { waitUntil: 'networkidle' })
        const blocks = await page
          .locator('script[type="application/ld+json"]')
          .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''))
        structuredData.push(...blocks.map((block) => JSON.parse(block) as unknown))
      }
      console.log(`${pages.length} pages, ${structuredData.length} bloc(s) JSON-LD`)
      await context.close()
      expect(violations).toStrictEqual([])
    })

    /** Logs in through the form, edits an article, uploads an image, opens the email preview. */
    const adminSession = async (baseUrl: string, suffix: string) => {
      const context = await browser.newContext({ locale: 'fr-BE' })
      const page = await context.newPage()
      const violations = watchViolations(page)
      await logInThroughAdmin({ page, baseUrl, email: ADMIN.email, password: ADMIN.password })

      const article = (await api<{ docs: Array<{ id: number; title: string }> }>(
        '/api/articles?limit=1&depth=0&sort=id',
      ).then((result) => result.docs[0])) as { id: number; title: string }
      await page.goto(`${baseUrl}/admin/collections/articles/${article.id}`)
      const title = page.locator('#field-title')
      await title.fill(`${article.title} ${suffix}`)
      await page.getByRole('button', { name: 'Sauvegarder' }).click()
      await page.getByRole('button', { name: 'Sauvegarder', disabled: true }).waitFor()
      const saved = await api<{ title: string }>(`/api/articles/${article.id}?depth=0`)

      const file = path.join(dir, `pixel-${suffix}.png`)
      fs.writeFileSync(file, TINY_PNG)
      await page.goto(`${baseUrl}/admin/collections/media/create`)
      await page.locator('input[type=file]').setInputFiles(file)
      await page.locator('#field-alt').fill(`Un pixel ${suffix}`)
      await page.getByRole('button', { name: 'Sauvegarder' }).click()
      await page.waitForURL(/\/admin\/collections\/media\/\d+$/)
      const thumbnail = page.locator(`img[src*="/api/media/file/pixel-${suffix}"]`).first()
      await thumbnail.waitFor()
      const isShown = await thumbnail.evaluate(
        (image: HTMLImageElement) => image.complete && image.naturalWidth === 1,
      )

      await page.goto(`${baseUrl}/admin/collections/issues/${issue.id}`)
      await page.getByText('Aperçu et test').first().click()
      const preview = page.frameLocator('iframe[title="Aperçu du courriel"]')
      await preview.getByText('Dossiers et projets').first().waitFor()
      await page.waitForLoadState('networkidle')
      await context.close()
      return { title: saved.title, isShown, violations }
    }

    it('should let the admin log in, edit, upload and preview at 127.0.0.1 under its CSP', async () => {
      const session = await adminSession(app.baseUrl, '(127.0.0.1)')
      expect(session).toStrictEqual({
        title: expect.stringMatching(/ \(127\.0\.0\.1\)$/),
        isShown: true,
        violations: [],
      })
    })

    it('should let the admin do the same at localhost, the address SERVER_URL names', async () => {
      const session = await adminSession(
        app.baseUrl.replace('127.0.0.1', 'localhost'),
        '(localhost)',
      )
      expect(session).toStrictEqual({
        title: expect.stringMatching(/ \(localhost\)$/),
        isShown: true,
        violations: [],
      })
    })

    it('should serve the email preview sandboxed, to be framed by the admin only', async () => {
      const { status, headers } = await request(`${app.baseUrl}/api/issues/${issue.id}/preview`, {
        headers: { authorization: `JWT ${token}` },
      })
      expect([
        status,
        directives(headers['content-security-policy'] as string).sandbox,
        directives(headers['content-security-policy'] as string)['frame-ancestors'],
        headers['x-frame-options'],
      ]).toStrictEqual([200, [], ["'self'"], 'SAMEORIGIN'])
    })

    it('should set the session cookie without Secure over plain http', async () => {
      const login = await fetch(`${app.baseUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ADMIN),
      })
      const cookie = login.headers.getSetCookie().find((line) => line.startsWith('payload-token='))
      expect([/HttpOnly/i.test(cookie ?? ''), /;\s*Secure/i.test(cookie ?? '')]).toStrictEqual([
        true,
        false,
      ])
    })
  })

  describe(`with SERVER_URL=${PUBLIC_URL} behind a reverse proxy`, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actunipso-hardening-https-'))
    let app: RunningApp
    /** What a proxy forwards: the public host, or one an attacker typed. */
    const proxied = {
      host: 'autre-hote.example',
      'x-forwarded-host': 'autre-hote.example',
      'x-forwarded-proto': 'https',
    }

    beforeAll(async () => {
      const port = await freePort()
      app = await startApp({ env: appEnv(dir, { PORT: String(port), SERVER_URL: PUBLIC_URL }) })
    })
    afterAll(async () => {
      await app?.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    })

    it('should send HSTS and upgrade requests on pages, feeds, the API and the admin', async () => {
      const answers = await Promise.all(
        ['/newsletter', '/calendars/agenda.ics', '/api/health', '/admin/login'].map((address) =>
          request(`${app.baseUrl}${address}`),
        ),
      )
      expect(
        answers.map(({ headers }) => [
          headers['strict-transport-security'],
          String(headers['content-type']).startsWith('text/html')
            ? directives(headers['content-security-policy'] as string)['upgrade-insecure-requests']
            : 'n/a',
        ]),
      ).toStrictEqual([
        ['max-age=31536000; includeSubDomains', []],
        ['max-age=31536000; includeSubDomains', 'n/a'],
        ['max-age=31536000; includeSubDomains', 'n/a'],
        ['max-age=31536000; includeSubDomains', []],
      ])
    })

    it('should mark the session cookie Secure', async () => {
      const login = await fetch(`${app.baseUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ADMIN),
      })
      const cookie = login.headers.getSetCookie().find((line) => line.startsWith('payload-token='))
      expect([login.status, /;\s*Secure/i.test(cookie ?? '')]).toStrictEqual([200, true])
    })

    it('should redirect only to SERVER_URL or a relative address, whatever Host the proxy forwards', async () => {
      const form = (body: string) => ({
        method: 'POST',
        headers: { ...proxied, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      })
      const cases: Array<[string, Parameters<typeof request>[1]]> = [
        ['/newsletter/', { headers: proxied }],
        ['/actunipso/', { headers: proxied }],
        ['/admin/', { headers: proxied }],
        ['/newsletter/inscription', form('email=pas-une-adresse')],
        [
          '/newsletter/inscription',
          form('email=nouvelle%40asbl-exemple.be&consent=on&firstName=Lou'),
        ],
      ]
      const locations = []
      for (const [address, init] of cases) {
        const { status, headers } = await request(`${app.baseUrl}${address}`, init)
        locations.push({ address, status, location: headers.location })
      }
      // The admin sends a visitor without a session to its login page from inside the page.
      const admin = await request(`${app.baseUrl}/admin`, { headers: proxied })
      const adminTarget = /NEXT_REDIRECT;[a-z]+;([^;]+);/.exec(admin.body)?.[1]
      console.log(JSON.stringify([...locations, { address: '/admin', adminTarget }]))
      expect([
        ...locations.map(({ status, location }) => [
          status >= 300 && status < 400,
          /^\/(?!\/)/.test(location ?? '') || (location ?? '').startsWith(`${PUBLIC_URL}/`),
        ]),
        adminTarget,
      ]).toStrictEqual([...cases.map(() => [true, true]), '/admin/login'])
    })
  })
})
