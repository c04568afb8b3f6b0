import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

/**
 * The SQL statements the collections need beyond the latest committed migration snapshot:
 * empty when src/migrations is up to date. Same comparison as Payload's createMigration,
 * without its prompts and process.exit.
 */
export async function pendingSchemaChanges(payload: Payload): Promise<string[]> {
  if (payload.db.name === 'mongoose') return []
  const db = payload.db as unknown as {
    migrationDir: string
    schema: unknown
    defaultDrizzleSnapshot: unknown
    requireDrizzleKit: () => DrizzleKit
  }
  const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
  const after = await generateDrizzleJson(db.schema)
  const latest = fs.existsSync(db.migrationDir)
    ? fs
        .readdirSync(db.migrationDir)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .reverse()[0]
    : undefined
  let before = db.defaultDrizzleSnapshot
  if (latest) {
    before = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest), 'utf8')) as {
      version: string
    }
    if (upSnapshot && (before as { version: string }).version < after.version)
      before = upSnapshot(before)
  }
  return generateMigration(before, after)
}
