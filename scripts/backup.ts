/**
 * npm run backup [-- <file or directory>]: a consistent copy of the SQLite database, safe while the
 * app runs (VACUUM INTO), verified and timed. Default: data/backups/actunipso-YYYYMMDD-HHmmss.db
 * (Brussels time). With MongoDB, says to use mongodump.
 *
 * Payload is not initialised: its init would apply pending migrations in production, and a backup
 * must be the database as it is. The config is still imported statically, through loadPayload, as
 * every script does (see NOTES: a dynamic import of it could hang).
 */
import './lib/bootstrapEnv'

import fs from 'node:fs'
import path from 'node:path'

import { resolveDatabaseTarget } from '../src/config/database'
import { readEnv } from '../src/config/env'
import { backupFileName } from '../src/domain/backup/backupFileName'
import { backupSqlite } from '../src/server/backup/backupSqlite'
import { projectRoot, runScript } from './lib/loadPayload'

const MONGODUMP_DOCS = 'https://www.mongodb.com/docs/database-tools/mongodump/'

function targetFor(argument: string | undefined, now: Date): string {
  if (!argument) return path.join(projectRoot, 'data', 'backups', backupFileName(now))
  const resolved = path.resolve(process.cwd(), argument)
  const isDirectory =
    argument.endsWith('/') || (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory())
  return isDirectory ? path.join(resolved, backupFileName(now)) : resolved
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`

runScript(async () => {
  const database = resolveDatabaseTarget({ uri: readEnv().DATABASE_URI, projectRoot })
  if (database.kind === 'mongodb') {
    throw new Error(
      [
        'DATABASE_URI désigne MongoDB : npm run backup ne copie que la base SQLite.',
        `  Sauvegardez MongoDB avec mongodump (${MONGODUMP_DOCS}), par exemple :`,
        '  mongodump --uri "$DATABASE_URI" --gzip --archive=actunipso-$(date +%Y%m%d-%H%M%S).archive.gz',
        '  Restauration : mongorestore --uri "$DATABASE_URI" --gzip --archive=<fichier>. Voir docs/deploy.md, « Sauvegardes ».',
      ].join('\n'),
    )
  }
  const argument = process.argv.slice(2).find((arg) => !arg.startsWith('--'))
  const result = await backupSqlite({
    sourcePath: database.filePath,
    targetPath: targetFor(argument, new Date()),
  })
  const counts = Object.entries(result.counts)
    .map(([table, count]) => `${table} ${count}`)
    .join(', ')
  const shown = path.relative(process.cwd(), result.targetPath)
  const duration =
    result.durationMs < 10_000
      ? `${result.durationMs} ms`
      : `${(result.durationMs / 1000).toFixed(1)} s`
  console.log(`✔ Sauvegarde : ${shown.startsWith('..') ? result.targetPath : shown}`)
  console.log(`  ${megabytes(result.sizeBytes)} en ${duration} · intégrité : ${result.integrity}`)
  console.log(`  lignes : ${counts}`)
})
