import type { Migration, Payload } from 'payload'

import { migrations } from '@/migrations'

/**
 * Applies the committed SQLite migrations and checks that every one is recorded as done:
 * Payload's CLI can exit 0 having done nothing, so success is verified, not assumed.
 * MongoDB has no SQL schema to migrate.
 */
export async function applyMigrations(
  payload: Payload,
): Promise<{ applied: string[]; total: number }> {
  if (payload.db.name === 'mongoose') return { applied: [], total: 0 }
  const before = await appliedMigrationNames(payload)
  // Generated migrations type their arguments precisely; Payload's Migration takes `unknown`.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  const after = await appliedMigrationNames(payload)
  const missing = migrations.map((migration) => migration.name).filter((name) => !after.has(name))
  if (missing.length > 0) {
    throw new Error(`Migrations non appliquées : ${missing.join(', ')}`)
  }
  return { applied: [...after].filter((name) => !before.has(name)), total: after.size }
}

/** The migrations the database records as applied (none on a fresh database), through the Local API. */
export async function appliedMigrationNames(payload: Payload): Promise<Set<string>> {
  try {
    const { docs } = await payload.find({
      collection: 'payload-migrations',
      pagination: false,
      overrideAccess: true,
      depth: 0,
    })
    return new Set(
      docs.map((doc) => String((doc as { name?: string }).name)).filter((name) => name !== 'dev'),
    )
  } catch (error) {
    // A fresh database has no migrations table yet: nothing applied.
    if (/no such table/i.test(errorChainText(error))) return new Set()
    throw error
  }
}

function errorChainText(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; current && depth < 5; depth += 1) {
    parts.push(String((current as Error).message ?? current))
    current = (current as { cause?: unknown }).cause
  }
  return parts.join(' | ')
}
