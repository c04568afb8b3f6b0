import type { Payload } from 'payload'

import type { Env } from '@/config/env'
import type { CheckStatus, MigrationsCheck, SchedulerCheck } from '@/domain/health/healthChecks'
import { migrationsCheck, overallStatus, schedulerCheck } from '@/domain/health/healthChecks'
import { migrations } from '@/migrations'
import { appliedMigrationNames } from '../database/applyMigrations'

export type HealthReport = {
  status: 'ok' | 'error'
  checks: {
    database: {
      status: CheckStatus
      adapter: 'sqlite' | 'mongodb'
      latencyMs: number | null
      detail: string
    }
    migrations: MigrationsCheck | { status: CheckStatus; detail: string }
    mail: { status: CheckStatus; transport: 'resend' | 'local'; detail: string }
    scheduler: SchedulerCheck
  }
}

/** Detail lines for logged-in staff only: error messages may quote data or infrastructure. */
type Reveal = (message: string) => string

/** One answer from the local Resend-compatible server proves it listens (any status will do). */
async function isListening(url: string): Promise<boolean> {
  try {
    await fetch(`${url}/emails`, { signal: AbortSignal.timeout(2000) })
    return true
  } catch {
    // Refused, reset or timed out: nobody to send the mail to.
    return false
  }
}

async function databaseCheck(
  payload: Payload,
  reveal: Reveal,
): Promise<HealthReport['checks']['database']> {
  const adapter = payload.db.name === 'mongoose' ? 'mongodb' : 'sqlite'
  const started = performance.now()
  try {
    await payload.count({ collection: 'users', overrideAccess: true })
    return {
      status: 'ok',
      adapter,
      latencyMs: Math.round(performance.now() - started),
      detail: 'Base joignable',
    }
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Santé : base de données injoignable' })
    return {
      status: 'error',
      adapter,
      latencyMs: null,
      detail: reveal(`Base injoignable : ${(error as Error).message}`),
    }
  }
}

async function migrationsHealth(
  payload: Payload,
  reveal: Reveal,
): Promise<HealthReport['checks']['migrations']> {
  // MongoDB's schema lives in the collection config: there is nothing to migrate.
  if (payload.db.name === 'mongoose')
    return { status: 'ok', detail: 'MongoDB : pas de migrations SQL' }
  try {
    return migrationsCheck({
      committed: migrations.map((migration) => migration.name),
      applied: await appliedMigrationNames(payload),
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Santé : migrations illisibles' })
    return {
      status: 'error',
      detail: reveal(`Migrations illisibles : ${(error as Error).message}`),
    }
  }
}

async function mailHealth(env: Env): Promise<HealthReport['checks']['mail']> {
  // Resend itself is not called: a health probe every few seconds must not spend the API's quota.
  if (env.RESEND_API_KEY)
    return {
      status: 'ok',
      transport: 'resend',
      detail: 'Resend (clé et secret de webhook configurés)',
    }
  const url = env.RESEND_BASE_URL ?? env.mailLocalUrl
  return (await isListening(url))
    ? {
        status: 'ok',
        transport: 'local',
        detail: 'Serveur local compatible Resend : rien ne part vers l’extérieur',
      }
    : {
        status: 'error',
        transport: 'local',
        detail:
          'Serveur de courriel local injoignable (sans RESEND_API_KEY, npm start le lance sur MAIL_LOCAL_PORT)',
      }
}

async function schedulerHealth({
  payload,
  env,
  now,
  upSince,
  isDetailed,
}: {
  payload: Payload
  env: Env
  now: Date
  upSince: Date
  isDetailed: boolean
}): Promise<SchedulerCheck> {
  try {
    const status = await payload.findGlobal({
      slug: 'scheduler-status',
      overrideAccess: true,
      depth: 0,
    })
    const check = schedulerCheck({
      isOn: env.SCHEDULER === 'on',
      lastTickAt: status.lastTickAt,
      lastTickOk: status.lastTickOk,
      now,
      upSince,
    })
    // The error may quote a database message: staff only.
    if (isDetailed && status.lastTickOk === false && status.lastTickError)
      return { ...check, detail: `${check.detail} : ${status.lastTickError}` }
    return check
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Santé : état du planificateur illisible' })
    return {
      status: 'error',
      lastTickAt: null,
      ageSeconds: null,
      lastTickOk: null,
      detail: 'État du planificateur illisible',
    }
  }
}

/**
 * The checks behind GET /api/health, each one caught so a failure is reported, never thrown.
 * `isDetailed` (logged-in staff) adds error messages and the last tick's error; anonymous callers get
 * statuses only: no personal data, no secret, no connection string.
 */
export async function checkHealth({
  payload,
  env,
  now = new Date(),
  upSince,
  isDetailed = false,
}: {
  payload: Payload
  env: Env
  now?: Date
  upSince: Date
  isDetailed?: boolean
}): Promise<HealthReport> {
  const reveal: Reveal = (message) => (isDetailed ? message : message.replace(/ : .*$/s, ''))
  const [database, migrationsResult, mail, scheduler] = await Promise.all([
    databaseCheck(payload, reveal),
    migrationsHealth(payload, reveal),
    mailHealth(env),
    schedulerHealth({ payload, env, now, upSince, isDetailed }),
  ])
  const checks = { database, migrations: migrationsResult, mail, scheduler }
  return { status: overallStatus(checks), checks }
}
