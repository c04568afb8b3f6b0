import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

export type TestPayload = { payload: Payload; dir: string; cleanup: () => Promise<void> }

/**
 * A real Payload on a fresh temporary SQLite file (never data/), with the committed
 * migrations applied exactly as `npm start` applies them. Call it once per test file:
 * getPayload() caches its instance for the life of the module registry.
 */
export async function getTestPayload(): Promise<TestPayload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actunipso-test-'))
  // Set before the config is imported: it reads the environment once, at import.
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
  process.env.PAYLOAD_SECRET = crypto.randomBytes(32).toString('hex')
  // Refused writes are part of the tests; Payload would log each at info level.
  process.env.LOG_LEVEL ??= 'warn'
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  const { applyMigrations } = await import('@/server/database/applyMigrations')
  await applyMigrations(payload)
  return {
    payload,
    dir,
    cleanup: async () => {
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
