import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import type { Payload } from 'payload'

import { logInThroughAdmin } from '../helpers/adminLogin'
import { launchBrowser } from '../helpers/browser'
import type { RunningApp } from '../helpers/startApp'
import { freePort, startApp } from '../helpers/startApp'

const PASSWORD = crypto.randomBytes(12).toString('base64url')
const COMMUNICATION = {
  email: 'diffusion@unipso.local',
  name: 'Dora Diffusion',
  role: 'communication' as const,
  password: PASSWORD,
}
const PAUSE_REASON =
  'Pause de sécurité : 30 rejets définitifs sur 500 courriels remis (6 %), au-delà du seuil de 2 %. Vérifiez la liste avant de reprendre ou d’annuler l’envoi.'

/**
 * The safety stops and the late-send rule in a real browser, against the app as `npm start` runs
 * it (production build, scheduler, local Resend-compatible server): communication staff find a
 * paused send and an issue hours late in « À faire », the scheduler sends neither on its own, and
 * each goes out once a person decides. The paused state is written through the sender's own store
 * (the same code a real pause runs); the bounces that cause one are covered by
 * tests/int/sending/safetyStops.int.spec.ts.
 */
describe('safety stops and late sends in the dashboard', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actunipso-safety-'))
  let app: RunningApp
  let browser: Browser
  let payload: Payload

  const issueStatus = async (id: number) =>
    (await payload.findByID({ collection: 'issues', id, depth: 0, overrideAccess: true })).status
  const until = async (condition: () => Promise<boolean>, timeoutMs = 150_000) => {
    const started = Date.now()
    while (!(await condition())) {
      if (Date.now() - started > timeoutMs) throw new Error('Délai dépassé')
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }

  beforeAll(async () => {
    const port = await freePort()
    const env = {
      DATABASE_URI: `file:${path.join(dir, 'app.db')}`,
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
      SERVER_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'warn',
    }
    app = await startApp({
      env: {
        ...env,
        PORT: String(port),
        ADMIN_EMAIL: 'admin@unipso.local',
        ADMIN_PASSWORD: PASSWORD,
      },
    })
    // This process works on the app's own database, as a second worker would.
    Object.assign(process.env, env)
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    payload = await getPayload({ config })
    await payload.create({ collection: 'users', data: COMMUNICATION, overrideAccess: true })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await payload?.destroy()
    await app?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('should leave a paused send and a late issue to communication staff, then send each once they decide', async () => {
    const { payloadSendStore } = await import('@/server/sending/payloadSendStore')
    const { ensureSend } = await import('@/server/sending/runSend')
    const article = (
      await payload.find({
        collection: 'articles',
        where: { status: { equals: 'published' } },
        limit: 1,
        depth: 0,
      })
    ).docs[0]
    const newIssue = (
      number: number,
      data: { status: 'approved' | 'scheduled'; scheduledAt?: string },
    ) =>
      payload.create({
        collection: 'issues',
        data: {
          number,
          month: `2031-0${number - 90}`,
          subject: `Numéro ${number}`,
          preheader: 'Aperçu',
          articles: [article?.id as number],
          ...data,
        },
      })
    // A send that paused itself: frozen, audience written, stopped by the safety stop.
    const pausedIssue = await newIssue(91, { status: 'approved' })
    const sendId = await ensureSend({ payload, issueId: pausedIssue.id })
    const store = payloadSendStore({ payload, sendId })
    await store.claim()
    await store.edition()
    for (let step = await store.prepareNextPage(); 'written' in step && !step.isDone;)
      step = await store.prepareNextPage()
    const counts = await store.counts()
    await store.markSending(Object.values(counts).reduce((sum, value) => sum + value, 0))
    await store.markStopped({ status: 'paused', reason: PAUSE_REASON })
    await store.release()
    // An issue scheduled three hours ago, while the server was down.
    const lateIssue = await newIssue(92, {
      status: 'scheduled',
      scheduledAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
    })
    // The scheduler ticks every minute: after one tick, neither has moved.
    const since = Date.now()
    await until(async () => {
      const status = await payload.findGlobal({ slug: 'scheduler-status', overrideAccess: true })
      return Boolean(status.lastTickAt && Date.parse(status.lastTickAt) > since)
    })
    const untouched = [
      (await payload.findByID({ collection: 'sends', id: sendId, depth: 0 })).status,
      await issueStatus(lateIssue.id),
      (await payload.count({ collection: 'sends', where: { issue: { equals: lateIssue.id } } }))
        .totalDocs,
    ]

    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'fr-BE',
    })
    const page = await context.newPage()
    page.on('dialog', (dialog) => void dialog.accept())
    await logInThroughAdmin({
      page,
      baseUrl: app.baseUrl,
      email: COMMUNICATION.email,
      password: PASSWORD,
    })
    await page.getByText(PAUSE_REASON).waitFor()
    const shownLate = await page.getByText(lateIssue.subject).first().isVisible()
    await page.getByRole('button', { name: 'Reprendre l’envoi' }).click()
    // The dashboard tells the truth without a reload: the paused send leaves « À faire ».
    await page.getByText(PAUSE_REASON).waitFor({ state: 'detached' })
    await page.getByRole('button', { name: 'Envoyer maintenant' }).click()
    await page.getByText(lateIssue.subject).first().waitFor({ state: 'detached' })
    await until(
      async () =>
        (await issueStatus(pausedIssue.id)) === 'sent' &&
        (await issueStatus(lateIssue.id)) === 'sent',
      300_000,
    )
    const outbox = (
      (await (await fetch(`${app.mailUrl}/api/outbox`)).json()) as {
        data: Array<{ to: string[]; subject: string }>
      }
    ).data
    const active = (
      await payload.count({ collection: 'subscribers', where: { status: { equals: 'active' } } })
    ).totalDocs
    const tally = (subject: string) => {
      const to = outbox.filter((mail) => mail.subject === subject).map((mail) => mail.to[0])
      return { total: to.length, unique: new Set(to).size }
    }
    await context.close()

    expect(untouched).toEqual(['paused', 'scheduled', 0])
    expect(shownLate).toBe(true)
    expect(active).toBeGreaterThan(0)
    expect([tally(pausedIssue.subject), tally(lateIssue.subject)]).toEqual([
      { total: active, unique: active },
      { total: active, unique: active },
    ])
  })
})
