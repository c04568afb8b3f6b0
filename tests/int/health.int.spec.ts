import type { Payload } from 'payload'

import type { RestServer } from '../helpers/restServer'
import { loginHeader, startRestServer } from '../helpers/restServer'
import { freePort } from '../helpers/startApp'
import type { TestPayload } from '../helpers/testPayload'
import { getTestPayload } from '../helpers/testPayload'
import { readEnv } from '@/config/env'
import { checkHealth } from '@/server/health/checkHealth'
import type { LocalResendServer } from '@/server/mail/localResend/localResendServer'
import { startLocalResendServer } from '@/server/mail/localResend/localResendServer'
import { migrations } from '@/migrations'

type HealthBody = {
  status: string
  checks: Record<
    'database' | 'migrations' | 'mail' | 'scheduler',
    { status: string; detail: string; [field: string]: unknown }
  >
}

const STAFF_EMAIL = 'claire.admin@unipso.be'
const STAFF_PASSWORD = 'un-mot-de-passe-solide'
const TICK_ERROR = 'SQLITE_BUSY: database is locked (abonne.secret@federation.be)'

/** GET /api/health over real HTTP, against a real Payload on a temporary SQLite file. */
describe('GET /api/health', () => {
  let context: TestPayload
  let payload: Payload
  let rest: RestServer
  let mail: LocalResendServer
  let staffAuth: string

  const health = async (headers: Record<string, string> = {}) => {
    const response = await fetch(`${rest.baseUrl}/api/health`, { headers })
    return {
      status: response.status,
      cacheControl: response.headers.get('cache-control'),
      text: await response.clone().text(),
      body: (await response.json()) as HealthBody,
    }
  }
  const beat = (data: {
    lastTickAt: string | null
    lastTickOk: boolean | null
    lastTickError?: string | null
  }) =>
    payload.updateGlobal({
      slug: 'scheduler-status',
      data: { lastTickError: null, ...data },
      overrideAccess: true,
    })

  beforeAll(async () => {
    mail = await startLocalResendServer({})
    process.env.MAIL_LOCAL_PORT = new URL(mail.url).port
    context = await getTestPayload()
    payload = context.payload
    const { default: config } = await import('@payload-config')
    rest = await startRestServer(config)
    await payload.create({
      collection: 'users',
      data: {
        email: STAFF_EMAIL,
        password: STAFF_PASSWORD,
        role: 'admin',
        name: 'Claire',
      } as never,
    })
    staffAuth = await loginHeader({
      baseUrl: rest.baseUrl,
      email: STAFF_EMAIL,
      password: STAFF_PASSWORD,
    })
  })
  beforeEach(async () => {
    process.env.MAIL_LOCAL_PORT = new URL(mail.url).port
    delete process.env.SCHEDULER
    await beat({ lastTickAt: new Date().toISOString(), lastTickOk: true })
  })
  afterAll(async () => {
    delete process.env.MAIL_LOCAL_PORT
    await rest?.close()
    await mail?.close()
    await context?.cleanup()
  })

  it('should answer 200, uncached, with every check passing', async () => {
    const { status, cacheControl, body } = await health()
    expect([status, cacheControl, body.status]).toEqual([200, 'no-store', 'ok'])
    expect(body.checks).toEqual({
      database: {
        status: 'ok',
        adapter: 'sqlite',
        latencyMs: expect.any(Number),
        detail: 'Base joignable',
      },
      migrations: {
        status: 'ok',
        applied: migrations.length,
        pending: [],
        detail: 'Toutes les migrations sont appliquées',
      },
      mail: {
        status: 'ok',
        transport: 'local',
        detail: 'Serveur local compatible Resend : rien ne part vers l’extérieur',
      },
      scheduler: {
        status: 'ok',
        lastTickAt: expect.any(String),
        ageSeconds: expect.any(Number),
        lastTickOk: true,
        detail: 'Passage toutes les minutes',
      },
    })
  })

  it('should reveal no secret, address, path or account to an anonymous caller', async () => {
    await beat({
      lastTickAt: new Date().toISOString(),
      lastTickOk: false,
      lastTickError: TICK_ERROR,
    })
    const { text } = await health()
    const leaks = [
      readEnv().PAYLOAD_SECRET,
      context.dir,
      mail.url,
      STAFF_EMAIL,
      'abonne.secret',
      'SQLITE_BUSY',
    ].filter((secret) => text.includes(secret))
    expect(leaks).toEqual([])
  })

  it('should answer 503 when a committed migration is not applied, naming it', async () => {
    const last = migrations.at(-1)?.name as string
    const { docs } = await payload.find({
      collection: 'payload-migrations',
      where: { name: { equals: last } },
      overrideAccess: true,
    })
    const removed = docs[0] as { name: string; batch?: number | null }
    await payload.delete({
      collection: 'payload-migrations',
      where: { name: { equals: last } },
      overrideAccess: true,
    })
    try {
      const { status, body } = await health()
      expect([status, body.status, body.checks.migrations]).toEqual([
        503,
        'error',
        {
          status: 'error',
          applied: migrations.length - 1,
          pending: [last],
          detail: '1 migration(s) en attente : npm run migrate',
        },
      ])
    } finally {
      await payload.create({
        collection: 'payload-migrations',
        data: { name: removed.name, batch: removed.batch },
        overrideAccess: true,
      })
    }
  })

  it('should answer 503 when the last tick failed, and give its error to staff only', async () => {
    await beat({
      lastTickAt: new Date().toISOString(),
      lastTickOk: false,
      lastTickError: TICK_ERROR,
    })
    const anonymous = await health()
    const staff = await health({ authorization: staffAuth })
    expect([
      anonymous.status,
      anonymous.body.checks.scheduler.status,
      anonymous.body.checks.scheduler.detail,
    ]).toEqual([503, 'error', 'Le dernier passage a échoué (voir les journaux)'])
    expect([staff.status, staff.body.checks.scheduler.detail]).toEqual([
      503,
      `Le dernier passage a échoué (voir les journaux) : ${TICK_ERROR}`,
    ])
  })

  it('should answer 200 with the scheduler off on this instance, whatever the last tick', async () => {
    process.env.SCHEDULER = 'off'
    await beat({ lastTickAt: '2026-01-01T00:00:00.000Z', lastTickOk: false })
    const { status, body } = await health()
    expect([status, body.checks.scheduler.status, body.checks.scheduler.lastTickAt]).toEqual([
      200,
      'off',
      '2026-01-01T00:00:00.000Z',
    ])
  })

  it('should answer 503 when the local mail server does not answer', async () => {
    process.env.MAIL_LOCAL_PORT = String(await freePort())
    const { status, body } = await health()
    expect([status, body.checks.mail]).toEqual([
      503,
      {
        status: 'error',
        transport: 'local',
        detail:
          'Serveur de courriel local injoignable (sans RESEND_API_KEY, npm start le lance sur MAIL_LOCAL_PORT)',
      },
    ])
  })

  it('should report a Resend transport without calling it or showing the key', async () => {
    process.env.RESEND_API_KEY = 're_health_check_key_123456'
    process.env.RESEND_WEBHOOK_SECRET = 'whsec_health_check_secret_123456'
    try {
      const { status, text, body } = await health()
      expect([
        status,
        body.checks.mail,
        text.includes('re_health_check_key'),
        text.includes('whsec_'),
      ]).toEqual([
        200,
        {
          status: 'ok',
          transport: 'resend',
          detail: 'Resend (clé et secret de webhook configurés)',
        },
        false,
        false,
      ])
    } finally {
      delete process.env.RESEND_API_KEY
      delete process.env.RESEND_WEBHOOK_SECRET
    }
  })

  it('should fail on a tick 10 minutes old once the app has been up 10 minutes (checkHealth, clock injected)', async () => {
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000)
    await beat({ lastTickAt: tenMinutesAgo.toISOString(), lastTickOk: true })
    const report = await checkHealth({ payload, env: readEnv(), upSince: tenMinutesAgo })
    expect([report.status, report.checks.scheduler.status, report.checks.scheduler.detail]).toEqual(
      ['error', 'error', 'Aucun passage depuis plus de 3 minutes'],
    )
  })

  it('should wait for the first tick in the first minutes after a start (checkHealth, clock injected)', async () => {
    await beat({ lastTickAt: new Date(Date.now() - 10 * 60_000).toISOString(), lastTickOk: true })
    const report = await checkHealth({ payload, env: readEnv(), upSince: new Date() })
    expect([report.status, report.checks.scheduler.detail]).toEqual([
      'ok',
      'Démarrage : premier passage attendu',
    ])
  })
})
