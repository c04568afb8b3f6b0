import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { DateTime } from 'luxon'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'

import { logInThroughAdmin } from '../helpers/adminLogin'
import { launchBrowser } from '../helpers/browser'
import { parseIcs } from '../helpers/parseIcs'
import type { RunningApp } from '../helpers/startApp'
import { freePort, startApp } from '../helpers/startApp'
import { restAs } from '../helpers/restAs'

/**
 * The four journeys of issue 7, driven in a real Chromium against the app started as `npm start`
 * starts it (production build, fresh SQLite file, local Resend-compatible server, scheduler):
 * an editor prepares the next issue and sends a test; communication staff approve and schedule it
 * and the scheduler sends it; a visitor subscribes, confirms and unsubscribes; a visitor takes the
 * calendars and an editor cancels an event. The journeys share one app and run in this order:
 * the visitor of journey 3 confirms before the send of journey 2 freezes its audience, and
 * unsubscribes from the newsletter that send delivered.
 */

const BRUSSELS = 'Europe/Brussels'
// Browsers far from Brussels: every time typed or read in the admin must still be Brussels time.
const STAFF_TIMEZONE = 'America/New_York'
const ARTIFACTS = path.resolve('tests/artifacts')
const PASSWORDS = {
  admin: crypto.randomBytes(12).toString('base64url'),
  editor: crypto.randomBytes(12).toString('base64url'),
  communication: crypto.randomBytes(12).toString('base64url'),
}
const USERS = {
  editor: {
    email: 'redacteur@unipso.local',
    name: 'Rita Rédactrice',
    role: 'editor',
    password: PASSWORDS.editor,
  },
  communication: {
    email: 'communication@unipso.local',
    name: 'Camille Communication',
    role: 'communication',
    password: PASSWORDS.communication,
  },
}
const SUBSCRIBERS = [
  'anne.membre@federation.be',
  'bruno.membre@federation.be',
  'chloe.membre@federation.be',
]
const VISITOR = 'visiteuse@asbl-exemple.be'
const TEST_ADDRESS = 'relecture@unipso.be'
/** The articles of the demo's next issue that upcoming.yaml leaves in draft. */
const SEEDED_DRAFT_TITLES = [
  'Suivi des rencontres avec les ministres : nos chantiers prioritaires',
  'Mise à jour de la matrice de traitement des données ONSS',
]
const ARTICLE_TITLE = 'Plan de relance : ce que les fédérations ont obtenu en décembre'
const ARTICLE_BODY =
  'Les fédérations membres ont obtenu un calendrier de concertation pour le premier trimestre.'
const AGENDA_TITLE = 'Atelier : remplir le cadastre de l’emploi non marchand'
const FORUM_TITLE = "Forum de l'économie & de l'innovation sociale"

type OutboxMail = {
  id: string
  to: string[]
  subject: string
  html?: string
  text?: string
  headers?: Record<string, string>
}
type Issue = {
  id: number
  month: string
  subject: string
  status: string
  scheduledAt?: string | null
}

/** "dd/MM/yyyy HH:mm" in Brussels, the way the admin's date fields are typed. */
const typedInBrussels = (instant: DateTime) =>
  instant.setZone(BRUSSELS).toFormat('dd/MM/yyyy HH:mm')
const seconds = (since: number) => Math.round((Date.now() - since) / 1000)

describe('journeys in a real browser', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actunipso-journeys-'))
  const timings: Record<string, number> = {}
  let app: RunningApp
  let browser: Browser
  let adminToken = ''
  let nextIssue: Issue
  const started = Date.now()
  // Journeys close their browsers when they succeed: one still open here failed, so keep its screen.
  const contexts = new Set<BrowserContext>()

  const api = restAs(() => ({ baseUrl: app.baseUrl, token: adminToken }))
  const outbox = async (): Promise<OutboxMail[]> =>
    ((await (await fetch(`${app.mailUrl}/api/outbox`)).json()) as { data: OutboxMail[] }).data
  const subscriberStatus = async (email: string) =>
    (
      await api<{ docs: Array<{ status: string }> }>(
        `/api/subscribers?where[email][equals]=${encodeURIComponent(email)}&depth=0`,
      )
    ).docs.map((doc) => doc.status)

  /** A staff member's own browser, far from Brussels, logged in through the admin's login form. */
  const staffPage = async (user: {
    email: string
    password: string
  }): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'fr-BE',
      timezoneId: STAFF_TIMEZONE,
    })
    contexts.add(context)
    const page = await context.newPage()
    await logInThroughAdmin({ page, baseUrl: app.baseUrl, ...user })
    return { context, page }
  }
  const close = async (context: BrowserContext) => {
    contexts.delete(context)
    await context.close()
  }
  const visitorPage = async (width: number): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      locale: 'fr-BE',
      timezoneId: BRUSSELS,
      acceptDownloads: true,
    })
    contexts.add(context)
    return { context, page: await context.newPage() }
  }

  // Payload's select and relationship inputs carry no accessible name: the field's container
  // (`#field-<name>`) scopes the combobox, the option is chosen by its visible name.
  const choose = async ({ page, field, option }: { page: Page; field: string; option: string }) => {
    await page.locator(`#field-${field}`).getByRole('combobox').click()
    await page.getByRole('option', { name: option, exact: true }).click()
  }
  const addRelation = async ({
    page,
    field,
    option,
  }: {
    page: Page
    field: string
    option: string
  }) => {
    // The issue's pickers: a native select whose options read « title — date · status ».
    const picker = page.locator(`#field-${field}`)
    const value = await picker.locator('option', { hasText: option }).first().getAttribute('value')
    await picker.getByRole('combobox').selectOption(value as string)
    await picker.getByRole('listitem').filter({ hasText: option }).waitFor()
  }
  /** Follows a link (or button) of the admin; a click that lands before React hydrates the page is lost, so retry. */
  const follow = async ({ page, link, url }: { page: Page; link: Locator; url: RegExp }) => {
    for (let attempt = 1; ; attempt += 1) {
      await link.click()
      try {
        return await page.waitForURL(url, { timeout: 5000 })
      } catch (error) {
        if (attempt === 3) throw error
      }
    }
  }
  /**
   * Payload keeps a document locked for five minutes after its last editor's activity, and says so
   * (« Document verrouillé ») a moment after the page opens, or not, depending on timing: whenever
   * it does, the colleague takes over, as the dialog offers.
   */
  const takeOverWhenLocked = (page: Page) =>
    page.addLocatorHandler(page.getByRole('heading', { name: 'Document verrouillé' }), async () => {
      await page.getByRole('button', { name: 'Prendre en charge' }).click()
    })
  /** Saves; the button turns disabled once the saved form has nothing left to save (a refusal keeps it). */
  const save = async ({ page, success }: { page: Page; success: RegExp }) => {
    await page.getByRole('button', { name: 'Sauvegarder' }).click()
    await page.getByRole('button', { name: 'Sauvegarder', disabled: true }).waitFor()
    await page.getByText(success).first().waitFor()
  }
  const isOverflowing = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
  /**
   * Screenshots at 1280 and 375 px, and whether the page scrolls sideways at 375 px. The window is
   * made as tall as the page first: Chromium leaves an off-screen frame (the email preview) blank.
   */
  const screenshots = async ({
    page,
    name,
    isReady = async () => {},
  }: {
    page: Page
    name: string
    isReady?: () => Promise<void>
  }): Promise<boolean> => {
    const capture = async (width: number) => {
      await page.setViewportSize({ width, height: 900 })
      await isReady()
      const overflows = await isOverflowing(page)
      const height = await page.evaluate(() => document.documentElement.scrollHeight)
      await page.setViewportSize({ width, height: Math.min(height, 8000) })
      await isReady()
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${width}.png`), fullPage: true })
      return overflows
    }
    const initial = page.viewportSize()
    await capture(1280)
    const overflows = await capture(375)
    if (initial) await page.setViewportSize(initial)
    return overflows
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
        // Links in mails and on pages point at this app, so the browser can follow them.
        SERVER_URL: `http://127.0.0.1:${port}`,
        ADMIN_EMAIL: 'admin@unipso.local',
        ADMIN_PASSWORD: PASSWORDS.admin,
      },
    })
    timings.startApp = seconds(started)
    const login = await fetch(`${app.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@unipso.local', password: PASSWORDS.admin }),
    })
    adminToken = ((await login.json()) as { token: string }).token
    for (const user of Object.values(USERS))
      await api('/api/users', { method: 'POST', body: JSON.stringify(user) })
    for (const email of SUBSCRIBERS) {
      await api('/api/subscribers', {
        method: 'POST',
        body: JSON.stringify({
          email,
          status: 'active',
          consent: { at: new Date().toISOString(), source: 'admin', detail: 'Test e2e' },
        }),
      })
    }
    browser = await launchBrowser()
  })

  afterEach(async () => {
    const name = (expect.getState().currentTestName ?? 'test')
      .replace(/^journeys in a real browser /, '')
      .slice(0, 3)
      .replace(/\W/g, '')
    for (const context of [...contexts]) {
      for (const [index, page] of context.pages().entries()) {
        await page
          .screenshot({
            path: path.join(ARTIFACTS, `failure-${name}-${index}.png`),
            fullPage: true,
          })
          .catch((error: unknown) =>
            process.stdout.write(`Capture d’échec impossible : ${String(error)}\n`),
          )
      }
      await close(context)
    }
  })

  afterAll(async () => {
    await browser?.close()
    await app?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
    timings.total = seconds(started)
    process.stdout.write(`\nDurées des parcours (s) : ${JSON.stringify(timings)}\n`)
  })

  it('1. an editor adds an article and an agenda item to the next issue, previews it and sends a test', async () => {
    const t0 = Date.now()
    const { context, page } = await staffPage(USERS.editor)
    const workshop = DateTime.now()
      .setZone(BRUSSELS)
      .plus({ days: 20 })
      .set({ hour: 14, minute: 30, second: 0, millisecond: 0 })

    await page.goto(`${app.baseUrl}/admin/collections/articles`)
    await follow({
      page,
      link: page.getByRole('link', {
        name: 'Créer : Article',
        exact: true,
      }),
      url: /\/articles\/create$/,
    })
    await page.getByRole('textbox', { name: 'Titre *' }).fill(ARTICLE_TITLE)
    await choose({ page, field: 'rubric', option: 'POLITIQUE' })
    await page.locator('[data-field-path="body"]').getByRole('textbox').click()
    await page.keyboard.type(ARTICLE_BODY)
    await choose({ page, field: 'signedBy', option: 'Geoffrey Morbois' })
    await choose({ page, field: 'status', option: 'Publié' })
    await save({ page, success: /Création réussie/ })
    await page.waitForURL(/\/admin\/collections\/articles\/\d+$/)

    await page.goto(`${app.baseUrl}/admin/collections/agenda-items`)
    await follow({
      page,
      link: page.getByRole('link', {
        name: 'Créer : Événement de l’agenda',
        exact: true,
      }),
      url: /\/agenda-items\/create$/,
    })
    await page.getByRole('textbox', { name: 'Titre *' }).fill(AGENDA_TITLE)
    await page.locator('#field-startsAt').getByRole('textbox').fill(typedInBrussels(workshop))
    await page
      .locator('#field-endsAt')
      .getByRole('textbox')
      .fill(typedInBrussels(workshop.plus({ hours: 2 })))
    await page.keyboard.press('Escape')
    await page
      .getByRole('textbox', { name: 'Résumé' })
      .fill('Deux heures pour remplir le cadastre ensemble, questions comprises.')
    await page.getByRole('checkbox', { name: /^Publié/ }).check()
    await save({ page, success: /Création réussie/ })
    await page.waitForURL(/\/admin\/collections\/agenda-items\/\d+$/)

    // The demo's next issue features two articles still in draft: a draft cannot be approved or
    // sent, so the editor publishes them once written.
    for (const title of SEEDED_DRAFT_TITLES) {
      const [draft] = (
        await api<{ docs: Array<{ id: number }> }>(
          `/api/articles?where[title][equals]=${encodeURIComponent(title)}&depth=0`,
        )
      ).docs
      await page.goto(`${app.baseUrl}/admin/collections/articles/${draft?.id}`)
      // Hydrated before the first click (an early click on the select is lost).
      await page.waitForLoadState('networkidle')
      await choose({ page, field: 'status', option: 'Publié' })
      await save({ page, success: /Mis à jour avec succès/ })
    }

    // « Préparer le numéro suivant » opens next month's issue (the demo already drafted it).
    await page.goto(`${app.baseUrl}/admin/collections/issues`)
    await follow({
      page,
      link: page.getByRole('button', { name: 'Préparer le numéro suivant' }),
      url: /\/admin\/collections\/issues\/\d+$/,
    })
    await addRelation({ page, field: 'articles', option: ARTICLE_TITLE })
    await addRelation({ page, field: 'agendaItems', option: AGENDA_TITLE })
    await choose({ page, field: 'status', option: 'Prêt à relire' })
    await save({ page, success: /Mis à jour avec succès/ })

    await page.getByRole('button', { name: 'Aperçu et test' }).click()
    const preview = page.frameLocator('iframe[title="Aperçu du courriel"]')
    // The table of contents links to the new article, whose body follows.
    await preview.getByRole('link', { name: ARTICLE_TITLE }).waitFor()
    await preview.getByText(ARTICLE_BODY).waitFor()
    const checksBox = page
      .getByTestId('issue-email-panel')
      .getByRole('heading', { name: 'Vérifications' })
      .locator('..')
    await checksBox
      .getByText(/Aucun problème détecté|Attention :|Erreur :/)
      .first()
      .waitFor()
    const checks = await checksBox.innerText()
    await page.getByRole('textbox', { name: 'Adresses de test' }).fill(TEST_ADDRESS)
    await page.getByRole('button', { name: 'Envoyer un test' }).click()
    const sent = await page.getByRole('status').filter({ hasText: 'Test envoyé' }).innerText()
    const previewOverflows = await screenshots({
      page,
      name: 'admin-preview',
      isReady: () => preview.getByText(ARTICLE_BODY).waitFor(),
    })
    const issueId = Number(/\/issues\/(\d+)$/.exec(page.url())?.[1])
    await close(context)

    nextIssue = await api<Issue>(`/api/issues/${issueId}?depth=0`)
    const item = (
      await api<{ docs: Array<{ startsAt: string; isPublished: boolean }> }>(
        `/api/agenda-items?where[title][equals]=${encodeURIComponent(AGENDA_TITLE)}&depth=0`,
      )
    ).docs
    const mails = (await outbox()).filter((mail) => mail.to.includes(TEST_ADDRESS))
    timings.journey1 = seconds(t0)

    expect([nextIssue.month, nextIssue.status]).toEqual([
      DateTime.now().setZone(BRUSSELS).plus({ months: 1 }).toFormat('yyyy-MM'),
      'ready',
    ])
    expect(item.map((doc) => [doc.startsAt, doc.isPublished])).toEqual([
      [workshop.toUTC().toISO(), true],
    ])
    expect(checks).not.toMatch(/Erreur/)
    expect(sent).toContain(`Test envoyé à ${TEST_ADDRESS}`)
    expect(mails.map((mail) => mail.subject)).toEqual([`[TEST] ${nextIssue.subject}`])
    expect([
      mails[0]?.html?.includes(ARTICLE_TITLE),
      mails[0]?.text?.includes(ARTICLE_TITLE),
      mails[0]?.text?.includes(AGENDA_TITLE),
    ]).toEqual([true, true, true])
    expect(previewOverflows).toBe(false)
  })

  // Journey 3 begins here: the send of journey 2 freezes its audience, so the visitor confirms first.
  it('3a. a visitor subscribes on /newsletter, opens the link from the outbox and confirms with one click on the button', async () => {
    const t0 = Date.now()
    const { context, page } = await visitorPage(375)
    // The message an address with an invisible character gets (Chromium's own check stops such an
    // address before it is posted; other clients post it and land here).
    await page.goto(`${app.baseUrl}/newsletter?erreur=email-invisible`)
    const invisibleMessage = await page.getByText(/caractère invisible/).innerText()
    await page.goto(`${app.baseUrl}/newsletter`)
    const newsletterOverflows = await screenshots({ page, name: 'newsletter' })
    await page.getByRole('textbox', { name: 'Courriel' }).fill(VISITOR)
    await page.getByRole('textbox', { name: 'Prénom' }).fill('Valérie')
    await page.getByRole('textbox', { name: 'Organisation' }).fill('ASBL Exemple')
    await page.getByRole('checkbox', { name: /J’accepte de recevoir l’#ActUNIPSO/ }).check()
    await page.getByRole('button', { name: 'S’abonner' }).click()
    await page.waitForURL(/\/newsletter\/merci$/)
    const thanks = await page.getByRole('heading', { level: 1 }).innerText()
    const statusBefore = await subscriberStatus(VISITOR)

    // The mail leaves through the outbox, drained in the background right after the request.
    let mail: OutboxMail[] = []
    for (let poll = 0; poll < 60 && mail.length === 0; poll += 1) {
      mail = (await outbox()).filter((entry) => entry.to.includes(VISITOR))
      if (mail.length === 0) await new Promise((resolve) => setTimeout(resolve, 500))
    }
    // The visitor opens the mail (the outbox shows its HTML as a mail client would) and follows
    // its link: a page with one button; the navigation (repeated by Chromium for client hints)
    // changes nothing.
    await page.goto(`${app.mailUrl}/outbox/${mail[0]?.id}/html`)
    await page.getByRole('link', { name: 'Confirmer mon inscription' }).click()
    await page.waitForURL(/\/newsletter\/confirmer\?token=/)
    const linkPage = await page.getByRole('heading', { level: 1 }).innerText()
    const statusAfterLink = await subscriberStatus(VISITOR)
    await page.getByRole('button', { name: 'Confirmer mon inscription' }).click()
    await page.waitForURL(/\/newsletter\/confirmer$/)
    const confirmed = await page.getByRole('heading', { level: 1 }).innerText()
    await close(context)
    timings.journey3a = seconds(t0)

    expect(invisibleMessage).toContain('L’adresse contient un caractère invisible')
    expect([thanks, statusBefore]).toEqual(['Vérifiez votre boîte mail', ['pending']])
    expect(mail.map((entry) => entry.subject)).toEqual([
      'Confirmez votre inscription à l’#ActUNIPSO',
    ])
    expect([linkPage, statusAfterLink]).toEqual(['Confirmer votre inscription', ['pending']])
    expect([confirmed, await subscriberStatus(VISITOR)]).toEqual([
      'Inscription confirmée',
      ['active'],
    ])
    expect(newsletterOverflows).toBe(false)
  })

  it('2. communication staff approve and schedule the issue a minute ahead; the scheduler sends it once to every active subscriber', async () => {
    const t0 = Date.now()
    const active = (
      await api<{ docs: Array<{ email: string }> }>(
        '/api/subscribers?where[status][equals]=active&limit=0&depth=0',
      )
    ).docs
      .map((doc) => doc.email)
      .sort()
    const { context, page } = await staffPage(USERS.communication)
    await takeOverWhenLocked(page)
    await page.goto(`${app.baseUrl}/admin/collections/issues`)
    await follow({
      page,
      link: page
        .getByRole('row', { name: new RegExp(nextIssue.month) })
        .getByRole('link')
        .first(),
      url: new RegExp(`/admin/collections/issues/${nextIssue.id}$`),
    })
    await choose({ page, field: 'status', option: 'Approuvé' })
    await save({ page, success: /Mis à jour avec succès/ })
    const approved = (await api<Issue>(`/api/issues/${nextIssue.id}?depth=0`)).status

    // The next whole minute at least 40 s away, typed in Brussels time; the scheduler ticks every minute.
    const sendAt = DateTime.fromMillis(Math.ceil((Date.now() + 40_000) / 60_000) * 60_000).setZone(
      BRUSSELS,
    )
    await choose({ page, field: 'status', option: 'Programmé' })
    await page.locator('#field-scheduledAt').getByRole('textbox').fill(typedInBrussels(sendAt))
    await page.keyboard.press('Escape')
    await save({ page, success: /Mis à jour avec succès/ })
    const scheduled = await api<Issue>(`/api/issues/${nextIssue.id}?depth=0`)

    // The page stays open, as the person who scheduled it would leave it: the sidebar follows the send.
    const sidebar = page.getByTestId('issue-send-status').getByText(/^Envoyé le/)
    await sidebar.waitFor({ timeout: 3.5 * 60_000 })
    const sentText = await sidebar.innerText()
    // The form follows the send too, without a reload: its status and « Envoyé le ».
    await page.locator('#field-status').getByText('Envoyé', { exact: true }).waitFor()
    const formSentAt = await page
      .locator('#field-sentAt .react-datepicker__input-container input')
      .inputValue()
    const issue = await api<Issue>(`/api/issues/${nextIssue.id}?depth=0`)
    await page.screenshot({
      path: path.join(ARTIFACTS, 'admin-issue-sent-1280.png'),
      fullPage: true,
    })
    await close(context)
    const newsletters = (await outbox()).filter((mail) => mail.subject === nextIssue.subject)
    const perAddress = Object.fromEntries(
      active.map((email) => [email, newsletters.filter((mail) => mail.to.includes(email)).length]),
    )
    timings.journey2 = seconds(t0)

    expect([approved, scheduled.status, scheduled.scheduledAt]).toEqual([
      'approved',
      'scheduled',
      sendAt.toUTC().toISO(),
    ])
    expect(issue.status).toBe('sent')
    expect(active).toEqual(expect.arrayContaining([...SUBSCRIBERS, VISITOR]))
    expect(perAddress).toEqual(Object.fromEntries(active.map((email) => [email, 1])))
    expect(newsletters).toHaveLength(active.length)
    expect(sentText).toMatch(new RegExp(`^Envoyé le .+ à ${active.length} abonnés\\.$`))
    expect(formSentAt).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/)
  })

  it('3b. the visitor unsubscribes from the link in the newsletter they received', async () => {
    const t0 = Date.now()
    const mail = (await outbox()).filter(
      (entry) => entry.to.includes(VISITOR) && entry.subject === nextIssue.subject,
    )
    const { context, page } = await visitorPage(375)
    await page.goto(`${app.mailUrl}/outbox/${mail[0]?.id}/html`)
    await page.getByRole('link', { name: 'Se désinscrire' }).click()
    await page.waitForURL(/\/newsletter\/desinscription\?token=/)
    // Opening the link changes nothing (mail scanners follow links): the button does.
    const asked = await page.getByRole('heading', { level: 1 }).innerText()
    const statusAfterGet = await subscriberStatus(VISITOR)
    await page
      .getByRole('textbox', { name: 'Une raison ? (facultatif)' })
      .fill('Je change de poste.')
    await page.getByRole('button', { name: 'Me désinscrire' }).click()
    await page.getByRole('heading', { name: 'Vous êtes désinscrit' }).waitFor()
    await close(context)
    const subscriber = (
      await api<{
        docs: Array<{
          status: string
          unsubscribeReason: string | null
          unsubscribedAt: string | null
        }>
      }>(`/api/subscribers?where[email][equals]=${encodeURIComponent(VISITOR)}&depth=0`)
    ).docs
    timings.journey3b = seconds(t0)

    expect(mail).toHaveLength(1)
    expect([asked, statusAfterGet]).toEqual(['Se désinscrire de l’#ActUNIPSO', ['active']])
    expect(
      subscriber.map((doc) => [doc.status, doc.unsubscribeReason, typeof doc.unsubscribedAt]),
    ).toEqual([['unsubscribed', 'Je change de poste.', 'string']])
  })

  it('4. a visitor subscribes to the calendars and downloads the Forum; an editor cancels it and the feed says so', async () => {
    const t0 = Date.now()
    const { context, page } = await visitorPage(1280)
    await page.goto(`${app.baseUrl}/calendriers`)
    const calendarsOverflow = await screenshots({ page, name: 'calendriers' })
    const feeds = await page.getByRole('heading', { level: 2 }).allInnerTexts()
    const links = async (feed: string) => {
      const card = page.getByRole('heading', { name: feed, exact: true }).locator('..')
      return [
        await card.getByRole('link', { name: 'Apple Calendrier' }).getAttribute('href'),
        await card.getByRole('link', { name: 'Google Agenda' }).getAttribute('href'),
      ]
    }
    const host = new URL(app.baseUrl).host
    const agendaLinks = await links('Agenda de l’UNIPSO')
    const conferenceLinks = await links('Conférences de l’UNIPSO')

    // A timed event of the upcoming list: its .ics is in Brussels time with the zone named.
    const webinar = (
      await api<{ docs: Array<{ id: number; startsAt: string }> }>(
        '/api/agenda-items?where[title][like]=Webinaire&depth=0',
      )
    ).docs[0]
    const webinarItem = page.locator(`#agenda-items-${webinar?.id}`)
    const [webinarDownload] = await Promise.all([
      page.waitForEvent('download'),
      webinarItem.getByRole('link', { name: 'fichier .ics' }).click(),
    ])
    const webinarIcs = fs.readFileSync((await webinarDownload.path()) as string, 'utf8')
    const webinarStart = DateTime.fromISO(webinar?.startsAt as string).setZone(BRUSSELS)

    // The Forum of February 2020 is past: the visitor finds it in the web archive.
    await page.goto(`${app.baseUrl}/actunipso`)
    await page.getByRole('link', { name: 'Février 2020' }).click()
    await page.waitForURL(/\/actunipso\/2020-02$/)
    const archiveOverflows = await screenshots({ page, name: 'archive-2020-02' })
    const hasInstances = await page.getByRole('heading', { name: 'Instances' }).isVisible()
    const forumSection = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: FORUM_TITLE }) })
    const forumIcsUrl = (await forumSection
      .getByRole('link', { name: 'Fichier .ics' })
      .getAttribute('href')) as string
    const [forumDownload] = await Promise.all([
      page.waitForEvent('download'),
      forumSection.getByRole('link', { name: 'Fichier .ics' }).click(),
    ])
    const forumFile = fs.readFileSync((await forumDownload.path()) as string, 'utf8')
    const forumBefore = parseIcs(forumFile).events

    // An editor cancels the Forum in the admin.
    const editor = await staffPage(USERS.editor)
    await editor.page.goto(`${app.baseUrl}/admin/collections/agenda-items`)
    await follow({
      page: editor.page,
      link: editor.page.getByRole('link', { name: FORUM_TITLE }),
      url: /\/admin\/collections\/agenda-items\/\d+$/,
    })
    await choose({ page: editor.page, field: 'status', option: 'Annulé' })
    await save({ page: editor.page, success: /Mis à jour avec succès/ })
    await close(editor.context)

    const feedEvents = parseIcs(
      await (await page.request.get(`${app.baseUrl}/calendars/agenda.ics`)).text(),
    ).events
    const forumAfter = feedEvents.filter((event) => event.uid === forumBefore[0]?.uid)
    const cancelledInFeed = feedEvents
      .filter((event) => event.status === 'CANCELLED')
      .map((event) => event.summary)
    const single = parseIcs(await (await page.request.get(forumIcsUrl)).text()).events
    await close(context)
    timings.journey4 = seconds(t0)

    expect(feeds.slice(0, 2)).toEqual(['Agenda de l’UNIPSO', 'Conférences de l’UNIPSO'])
    expect(agendaLinks).toEqual([
      `webcal://${host}/calendars/agenda.ics`,
      `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(`http://${host}/calendars/agenda.ics`)}`,
    ])
    expect(conferenceLinks).toEqual([
      `webcal://${host}/calendars/conferences.ics`,
      `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(`http://${host}/calendars/conferences.ics`)}`,
    ])
    expect([webinarDownload.suggestedFilename(), webinarStart.hour]).toEqual([
      `agenda-items-${webinar?.id}.ics`,
      10,
    ])
    expect(webinarIcs).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Brussels\r\n/)
    expect(webinarIcs).toContain(
      `DTSTART;TZID=Europe/Brussels:${webinarStart.toFormat("yyyyMMdd'T'HHmmss")}`,
    )
    expect(parseIcs(webinarIcs).events.map((event) => event.start)).toEqual([
      webinarStart.toFormat("yyyy-MM-dd'T'HH:mm"),
    ])
    // The Forum is an all-day event: a DATE in the calendar (no zone can shift it), the end exclusive.
    expect(forumIcsUrl).toMatch(new RegExp(`^${app.baseUrl}/events/agenda-items/\\d+\\.ics$`))
    expect(forumFile).toContain('DTSTART;VALUE=DATE:20200221')
    expect(
      forumBefore.map((event) => [
        event.summary,
        event.start,
        event.end,
        event.isDate,
        event.status,
      ]),
    ).toEqual([[FORUM_TITLE, '2020-02-21', '2020-02-22', true, 'CONFIRMED']])
    // A cancelled event stays in the feeds 30 days after its date: the Forum of 2020 leaves at
    // once, its own .ics says it is cancelled, and the upcoming cancelled study day stays.
    expect(forumAfter).toEqual([])
    expect(
      single.map((event) => [
        event.summary,
        event.status,
        event.sequence > (forumBefore[0]?.sequence ?? 0),
      ]),
    ).toEqual([[`ANNULÉ – ${FORUM_TITLE}`, 'CANCELLED', true]])
    expect(cancelledInFeed).toEqual([
      'ANNULÉ – Journée de la formation continue dans le secteur à profit social',
    ])
    expect([calendarsOverflow, archiveOverflows, hasInstances]).toEqual([false, false, true])
  })
})
