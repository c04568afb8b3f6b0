import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Locator } from 'playwright-core'

import { logInThroughAdmin } from '../helpers/adminLogin'
import { BAD_REQUESTS, readAsPost, signedWebhook } from '../helpers/badRequests'
import { launchBrowser } from '../helpers/browser'
import { typeAndAwaitFormState } from '../helpers/pageReady'
import type { RunningApp } from '../helpers/startApp'
import { startApp } from '../helpers/startApp'

const ADMIN = { email: 'admin@unipso.test', password: 'motdepasse-admin-2030' }
const EDITOR = { email: 'redaction@unipso.test', password: 'motdepasse-redaction-2030' }
const WRONG_LOGIN = {
  status: 401,
  body: { errors: [{ message: 'L’adresse e-mail ou le mot de passe fourni est incorrect.' }] },
}

type FieldErrors = Array<{ path: string; message: string }>
type Refusal = { status: number; reasons: FieldErrors; message: string }

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * The REST API of the production build (`npm start`, what editors and integrations use): bad
 * input answered 4xx in French, every refusal of a hook with its French reason, and a login that
 * does not tell accounts apart, limited per client. The app runs as behind one proxy
 * (TRUST_PROXY=1): each request names its client in X-Forwarded-For.
 */
describe('REST input in the production build', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actunipso-restinput-'))
  const secret = crypto.randomBytes(32).toString('hex')
  let app: RunningApp
  let clients = 0
  /** A fresh client address, so each test stays under the per-client limits. */
  const nextClient = () => `198.51.100.${(clients += 1)}`
  let admin = ''
  let editor = ''

  const api = (route: string, init: RequestInit = {}, client = nextClient()) =>
    fetch(`${app.baseUrl}/api${route}`, {
      ...init,
      headers: { 'x-forwarded-for': client, ...(init.headers as Record<string, string>) },
    })
  const json = (method: string, body: unknown, authorization?: string): RequestInit => ({
    method,
    headers: {
      'content-type': 'application/json',
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify(body),
  })
  const login = async (email: string, password: string, client = nextClient()) => {
    const started = performance.now()
    const response = await api('/users/login', json('POST', { email, password }), client)
    const body = (await response.json()) as { token?: string }
    return { status: response.status, body, ms: performance.now() - started }
  }
  const refusal = async (response: Response): Promise<Refusal> => {
    const body = (await response.json()) as {
      errors: Array<{ message: string; data?: { errors?: FieldErrors } }>
    }
    return {
      status: response.status,
      message: body.errors[0].message,
      reasons: (body.errors[0].data?.errors ?? []).map(({ path, message }) => ({ path, message })),
    }
  }

  beforeAll(async () => {
    app = await startApp({
      env: {
        DATABASE_URI: `file:${path.join(dir, 'app.db')}`,
        PAYLOAD_SECRET: secret,
        LOG_LEVEL: 'warn',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        SCHEDULER: 'off',
        TRUST_PROXY: '1',
      },
    })
    admin = `JWT ${(await login(ADMIN.email, ADMIN.password)).body.token}`
    await api('/users', json('POST', { ...EDITOR, role: 'editor' }, admin))
    editor = `JWT ${(await login(EDITOR.email, EDITOR.password)).body.token}`
  })
  afterAll(async () => {
    await app?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  describe('bad input', () => {
    it.each(BAD_REQUESTS)('should answer $name with $status in French', async (example) => {
      const response = await api(example.path.replace(/^\/api/, ''), example.init)
      const body = (await response.json()) as { errors: Array<{ message: string }> }
      expect({ status: response.status, message: body.errors[0].message }).toEqual({
        status: example.status,
        message: expect.stringMatching(example.message),
      })
    })

    it('should answer a validly signed webhook whose body is null with 400', async () => {
      process.env.PAYLOAD_SECRET = secret
      const { webhookSecret } = await import('@/server/webhooks/webhookSecret')
      const response = await api(
        '/webhooks/resend',
        signedWebhook({ secret: webhookSecret(), body: 'null' }),
      )
      expect(response.status).toBe(400)
    })

    it('should stay healthy and keep the admin’s reads working afterwards', async () => {
      const health = (await (await api('/health')).json()) as {
        checks: { database: { status: string } }
      }
      const relationship = await api(
        '/venues',
        readAsPost('limit=10&depth=0&where[and][0][or][0][name][like]=UNIPSO'),
      )
      const bulk = await api('/articles?limit=0&depth=0', { headers: { authorization: admin } })
      expect([health.checks.database.status, relationship.status, bulk.status]).toEqual([
        'ok',
        200,
        200,
      ])
    })
  })

  describe('refusals keep their French reason', () => {
    const lateConference = {
      title: 'Colloque',
      status: 'confirmed',
      startsAt: '2030-03-01T10:00:00.000Z',
      startsAt_tz: 'Europe/Brussels',
      endsAt: '2030-02-28T10:00:00.000Z',
    }

    it('should give an end-before-start conference its reason, as JSON', async () => {
      const response = await api('/conferences', json('POST', lateConference, editor))
      expect(await refusal(response)).toEqual({
        status: 400,
        // Payload's French puts a narrow no-break space before the colon.
        message: expect.stringMatching(/^Le champ suivant n’est pas valide\s:\sendsAt$/u),
        reasons: [{ path: 'endsAt', message: 'La fin doit être postérieure au début.' }],
      })
    })

    it('should give the same reason to the admin’s form (multipart with _payload)', async () => {
      const form = new FormData()
      form.set('_payload', JSON.stringify(lateConference))
      const response = await api('/conferences?depth=0', {
        method: 'POST',
        headers: { authorization: editor },
        body: form,
      })
      expect((await refusal(response)).reasons).toEqual([
        { path: 'endsAt', message: 'La fin doit être postérieure au début.' },
      ])
    })

    it('should tell why a working-group meeting needs its group', async () => {
      const response = await api(
        '/meetings',
        json(
          'POST',
          {
            kind: 'gt',
            status: 'confirmed',
            startsAt: '2030-03-01T10:00:00.000Z',
            startsAt_tz: 'Europe/Brussels',
          },
          editor,
        ),
      )
      expect((await refusal(response)).reasons).toEqual([
        { path: 'workingGroup', message: 'Choisissez le groupe de travail qui se réunit.' },
      ])
    })

    it('should tell an editor why an issue cannot be approved', async () => {
      const issues = (await (
        await api('/issues?where[status][equals]=draft&limit=1&depth=0', {
          headers: { authorization: editor },
        })
      ).json()) as { docs: Array<{ id: number }> }
      const response = await api(
        `/issues/${issues.docs[0].id}`,
        json('PATCH', { status: 'approved' }, editor),
      )
      const answer = await refusal(response)
      expect({ status: answer.status, reasons: answer.reasons }).toEqual({
        status: 400,
        reasons: [
          {
            path: 'status',
            message: expect.stringMatching(/^Un rédacteur ne peut pas faire passer un numéro/),
          },
        ],
      })
    })

    it('should tell why an import without the source of consent is refused', async () => {
      const response = await api('/subscribers/import', {
        method: 'POST',
        headers: { authorization: admin, 'content-type': 'text/csv; charset=utf-8' },
        body: 'email\nanne@federation.be\n',
      })
      const body = (await response.json()) as { error: string }
      expect([response.status, body.error]).toEqual([
        400,
        expect.stringMatching(/^Indiquez la source du consentement/),
      ])
    })
  })

  describe('in the admin, in Chromium', () => {
    let browser: Browser
    beforeAll(async () => {
      browser = await launchBrowser()
    })
    afterAll(async () => {
      await browser?.close()
    })

    /** Whether a refusal's reason shows within 15 s of the save, as one look (see below). */
    const attachedWithin15s = (locator: Locator) =>
      locator.waitFor({ state: 'attached', timeout: 15_000 }).then(
        () => true,
        () => false,
      )

    it('should log in through the guard and keep an event’s and a meeting’s French reason under their field', async () => {
      const context = await browser.newContext({ locale: 'fr-BE', timezoneId: 'Europe/Brussels' })
      const page = await context.newPage()
      await logInThroughAdmin({
        page,
        baseUrl: app.baseUrl,
        email: EDITOR.email,
        password: EDITOR.password,
      })
      await page.goto(`${app.baseUrl}/admin/collections/agenda-items/create`)
      await page.waitForLoadState('networkidle')
      await page.getByRole('textbox', { name: 'Titre *' }).fill('Atelier à l’envers')
      await page.locator('#field-startsAt').getByRole('textbox').fill('12/03/2031 14:00')
      await page.locator('#field-endsAt').getByRole('textbox').fill('12/03/2031 10:00')
      await page.keyboard.press('Escape')
      await page.getByRole('button', { name: 'Sauvegarder' }).click()
      // Payload shows a server's field reason in its toast and beside the field. One look, not
      // two: under load the toast could be gone between a wait and a second read (CI, 2026-12-01).
      const appeared = await attachedWithin15s(
        page.getByText('La fin doit être postérieure au début.', { exact: true }).first(),
      )
      // Typing elsewhere makes Payload recompute the form: « Fin » checks itself, so the reason
      // stays under the field instead of vanishing with the server's answer.
      await typeAndAwaitFormState({ page, selector: '#field-title', text: ' bis' })
      const stayed = await page
        .locator('#field-endsAt .field-error')
        .getByText('La fin doit être postérieure au début.', { exact: true })
        .count()

      // A working-group meeting without its group: the same, through the group field's own check.
      await page.goto(`${app.baseUrl}/admin/collections/meetings/create`)
      await page.waitForLoadState('networkidle')
      await page.locator('#field-kind').getByRole('combobox').click()
      await page.getByRole('option', { name: 'Groupe de travail', exact: true }).click()
      // The group field appears once Payload's form state has answered the change of kind.
      await page.locator('#field-workingGroup').waitFor()
      await page.locator('#field-startsAt').getByRole('textbox').fill('12/03/2031 14:00')
      await page.keyboard.press('Escape')
      await page.getByRole('button', { name: 'Sauvegarder' }).click()
      const groupReason = page
        .locator('#field-workingGroup .field-error')
        .getByText('Choisissez le groupe de travail qui se réunit.', { exact: true })
      const groupAppeared = await attachedWithin15s(groupReason)
      await typeAndAwaitFormState({ page, selector: '#field-venueLabel', text: 'Namur' })
      const groupStayed = await groupReason.count()
      expect({ appeared, stayed, groupAppeared, groupStayed }).toEqual({
        appeared: true,
        stayed: 1,
        groupAppeared: true,
        groupStayed: 1,
      })
      await context.close()
    })
  })

  describe('login', () => {
    const LOCKED = 'verrouille@unipso.test'

    beforeAll(async () => {
      await api(
        '/users',
        json('POST', { email: LOCKED, password: EDITOR.password, role: 'editor' }, admin),
      )
      for (let attempt = 0; attempt < 10; attempt += 1) await login(LOCKED, 'mauvais')
    })

    it('should answer a wrong password, an unknown address and a locked account alike', async () => {
      const answers = [
        await login(EDITOR.email, 'mauvais'),
        await login('personne@unipso.test', 'mauvais'),
        await login(LOCKED, 'mauvais'),
        await login(LOCKED, EDITOR.password),
      ]
      expect(answers.map(({ status, body }) => ({ status, body }))).toEqual(
        Array(4).fill(WRONG_LOGIN),
      )
    })

    it('should print the times of a known, an unknown and a locked address', async () => {
      const times: Record<string, number[]> = { known: [], unknown: [], locked: [] }
      for (let round = 0; round < 9; round += 1) {
        times.known.push((await login(ADMIN.email, 'mauvais')).ms)
        times.unknown.push((await login('personne@unipso.test', 'mauvais')).ms)
        times.locked.push((await login(LOCKED, 'mauvais')).ms)
      }
      console.log(
        `Production, connexion refusée, médianes sur 9 : adresse connue ${median(times.known).toFixed(0)} ms, inconnue ${median(times.unknown).toFixed(0)} ms, compte verrouillé ${median(times.locked).toFixed(0)} ms`,
      )
      expect(times.unknown).toHaveLength(9)
    })

    it('should answer the 11th login of a minute from one client 429, whatever it adds to X-Forwarded-For', async () => {
      const statuses: number[] = []
      for (let attempt = 0; attempt < 11; attempt += 1) {
        // The proxy appended 203.0.113.50; what the client wrote before it changes each time.
        const answer = await login('personne@unipso.test', 'x', `10.9.9.${attempt}, 203.0.113.50`)
        statuses.push(answer.status)
      }
      const refused = await api(
        '/users/login',
        json('POST', { email: 'personne@unipso.test', password: 'x' }),
        '203.0.113.50',
      )
      expect({
        statuses,
        refused: refused.status,
        retryAfter: Number(refused.headers.get('retry-after')) > 0,
        message: ((await refused.json()) as { error: string }).error,
      }).toEqual({
        statuses: [...Array(10).fill(401), 429],
        refused: 429,
        retryAfter: true,
        message: 'Trop de tentatives depuis votre adresse : réessayez dans une minute.',
      })
    })
  })
})
