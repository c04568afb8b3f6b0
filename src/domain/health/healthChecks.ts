/**
 * What GET /api/health reports, decided from plain values: the server side reads them
 * (database, migrations, scheduler-status global, environment) and these functions judge them.
 */
export type CheckStatus = 'ok' | 'error' | 'off'

export type MigrationsCheck = {
  status: CheckStatus
  /** How many committed migrations the database records as applied. */
  applied: number
  /** Committed migrations the database has not applied: the code expects a schema it does not have. */
  pending: string[]
  detail: string
}

export type SchedulerCheck = {
  status: CheckStatus
  lastTickAt: string | null
  /** Seconds since the last recorded tick, at the time of the check. */
  ageSeconds: number | null
  lastTickOk: boolean | null
  detail: string
}

/** Three missed minutes: a tick (or a skipped run's heartbeat) is written every minute. */
export const SCHEDULER_STALE_AFTER_MS = 3 * 60_000

/**
 * Compares the migrations committed with the code to those the database recorded.
 *
 * @example migrationsCheck({ committed: ['a', 'b'], applied: ['a'] })
 * // { status: 'error', applied: 1, pending: ['b'], detail: '1 migration(s) en attente : npm run migrate' }
 */
export function migrationsCheck({
  committed,
  applied,
}: {
  committed: string[]
  applied: Iterable<string>
}): MigrationsCheck {
  const done = new Set(applied)
  const pending = committed.filter((name) => !done.has(name))
  const appliedCount = committed.length - pending.length
  if (pending.length > 0) {
    return {
      status: 'error',
      applied: appliedCount,
      pending,
      detail: `${pending.length} migration(s) en attente : npm run migrate`,
    }
  }
  return {
    status: 'ok',
    applied: appliedCount,
    pending,
    detail: 'Toutes les migrations sont appliquées',
  }
}

/**
 * Judges the scheduler's heartbeat. `off` (SCHEDULER=off on this instance) is not an error. With the
 * scheduler on, a heartbeat older than `staleAfterMs`, or none at all, is an error once the app has
 * been up that long (before, the first tick may simply not have come yet); so is a failed last tick.
 *
 * @example schedulerCheck({ isOn: true, lastTickAt: '2026-11-23T10:00:00.000Z', lastTickOk: true,
 *   now: new Date('2026-11-23T10:00:30.000Z'), upSince: new Date('2026-11-23T09:00:00.000Z') })
 * // { status: 'ok', ageSeconds: 30, … }
 */
export function schedulerCheck({
  isOn,
  lastTickAt,
  lastTickOk,
  now,
  upSince,
  staleAfterMs = SCHEDULER_STALE_AFTER_MS,
}: {
  isOn: boolean
  lastTickAt: string | null | undefined
  lastTickOk: boolean | null | undefined
  now: Date
  upSince: Date
  staleAfterMs?: number
}): SchedulerCheck {
  const tickTime = lastTickAt ? Date.parse(lastTickAt) : Number.NaN
  const hasTick = Number.isFinite(tickTime)
  const ageSeconds = hasTick ? Math.max(0, Math.round((now.getTime() - tickTime) / 1000)) : null
  const base = {
    lastTickAt: hasTick ? new Date(tickTime).toISOString() : null,
    ageSeconds,
    lastTickOk: lastTickOk ?? null,
  }
  if (!isOn)
    return {
      status: 'off',
      ...base,
      detail: 'Planificateur désactivé sur cette instance (SCHEDULER=off)',
    }
  const isFresh = hasTick && now.getTime() - tickTime <= staleAfterMs
  const isStarting = now.getTime() - upSince.getTime() < staleAfterMs
  if (!isFresh && !isStarting) {
    const minutes = Math.round(staleAfterMs / 60_000)
    return {
      status: 'error',
      ...base,
      detail: hasTick
        ? `Aucun passage depuis plus de ${minutes} minutes`
        : `Aucun passage enregistré après ${minutes} minutes de fonctionnement`,
    }
  }
  if (!isFresh) return { status: 'ok', ...base, detail: 'Démarrage : premier passage attendu' }
  if (lastTickOk === false)
    return { status: 'error', ...base, detail: 'Le dernier passage a échoué (voir les journaux)' }
  return { status: 'ok', ...base, detail: 'Passage toutes les minutes' }
}

/** 'ok' when no check is in error ('off' is a choice, not a failure). */
export function overallStatus(checks: Record<string, { status: CheckStatus }>): 'ok' | 'error' {
  return Object.values(checks).some((check) => check.status === 'error') ? 'error' : 'ok'
}
