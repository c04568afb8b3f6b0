import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

/** Tables counted in the copy, when they exist: a quick look that the copy holds the data. */
const COUNTED_TABLES = [
  'issues',
  'articles',
  'subscribers',
  'deliveries',
  'payload_migrations',
] as const

export type BackupResult = {
  targetPath: string
  sizeBytes: number
  durationMs: number
  integrity: string
  counts: Record<string, number>
}

/**
 * A consistent copy of the SQLite database while the app runs. `VACUUM INTO` reads the database in
 * one read transaction: in WAL mode writers carry on meanwhile, and the copy is the database as of
 * that transaction's start (committed writes only, the WAL included), compacted into one file with
 * no -wal/-shm beside it. Copying the .db file alone would miss what is still in the WAL.
 *
 * This is an ops tool: it talks to the file through libsql, the driver Payload's SQLite adapter uses.
 * The app itself only goes through Payload.
 */
export async function backupSqlite({
  sourcePath,
  targetPath,
}: {
  sourcePath: string
  targetPath: string
}): Promise<BackupResult> {
  if (!fs.existsSync(sourcePath))
    throw new Error(`Base SQLite introuvable : ${sourcePath} (npm start la crée).`)
  if (fs.existsSync(targetPath))
    throw new Error(`${targetPath} existe déjà : choisissez un autre fichier.`)
  fs.mkdirSync(path.dirname(targetPath), { recursive: true })
  const started = performance.now()
  const source = createClient({ url: `file:${sourcePath}` })
  try {
    // A checkpoint or a writer's commit may hold the lock for a moment: wait, like the app does.
    await source.execute('PRAGMA busy_timeout = 10000')
    await source.execute({ sql: 'VACUUM INTO ?', args: [targetPath] })
  } finally {
    source.close()
  }
  const durationMs = Math.round(performance.now() - started)
  const verified = await verifyCopy(targetPath)
  return { targetPath, sizeBytes: fs.statSync(targetPath).size, durationMs, ...verified }
}

/** Opens the copy on its own: integrity check, and row counts of the main tables. */
export async function verifyCopy(
  filePath: string,
): Promise<{ integrity: string; counts: Record<string, number> }> {
  const copy = createClient({ url: `file:${filePath}` })
  try {
    const integrity = (await copy.execute('PRAGMA integrity_check')).rows
      .map((row) => String(row[0]))
      .join('; ')
    if (integrity !== 'ok')
      throw new Error(`La copie ${filePath} est corrompue (PRAGMA integrity_check : ${integrity}).`)
    const tables = new Set(
      (await copy.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows.map((row) =>
        String(row[0]),
      ),
    )
    const counts: Record<string, number> = {}
    for (const table of COUNTED_TABLES.filter((name) => tables.has(name))) {
      counts[table] = Number(
        (await copy.execute(`SELECT count(*) FROM "${table}"`)).rows[0]?.[0] ?? 0,
      )
    }
    return { integrity, counts }
  } finally {
    copy.close()
  }
}
