import path from 'node:path'

export type DatabaseTarget =
  { kind: 'sqlite'; url: string; filePath: string } | { kind: 'mongodb'; url: string }

/** Where the embedded database lives when DATABASE_URI is unset. */
export const DEFAULT_SQLITE_FILE = 'data/actunipso.db'

/**
 * Chooses the database from DATABASE_URI: unset or `file:` → SQLite (the embedded default),
 * `mongodb://` or `mongodb+srv://` → MongoDB. Relative SQLite paths are resolved from
 * `projectRoot`, so the app, scripts and tests agree on the file whatever their cwd.
 *
 * @example resolveDatabaseTarget({ uri: undefined, projectRoot: '/app' })
 * // { kind: 'sqlite', url: 'file:/app/data/actunipso.db', filePath: '/app/data/actunipso.db' }
 */
export function resolveDatabaseTarget({
  uri,
  projectRoot,
}: {
  uri: string | undefined
  projectRoot: string
}): DatabaseTarget {
  const value = uri?.trim()
  if (!value) {
    const filePath = path.resolve(projectRoot, DEFAULT_SQLITE_FILE)
    return { kind: 'sqlite', url: `file:${filePath}`, filePath }
  }
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) {
    // Not parsed as a URL: a replica set lists several hosts (mongodb://db1:27017,db2:27017/…).
    if (!/^mongodb(\+srv)?:\/\/([^@/?#]*@)?[^@/?#]+(?:[/?]|$)/.test(value)) {
      throw new Error(
        `DATABASE_URI « ${value.replace(/\/\/[^@/]*@/, '//***@')} » n’indique aucun serveur MongoDB (exemple : mongodb://db1:27017,db2:27017/actunipso?replicaSet=rs0).`,
      )
    }
    return { kind: 'mongodb', url: value }
  }
  if (value.startsWith('file:')) {
    const rawPath = value.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (!rawPath || rawPath === '/' || rawPath.endsWith('/')) {
      throw new Error(
        `DATABASE_URI « ${value} » ne désigne pas un fichier SQLite (exemple : file:./data/actunipso.db)`,
      )
    }
    const filePath = path.resolve(projectRoot, rawPath)
    return { kind: 'sqlite', url: `file:${filePath}`, filePath }
  }
  throw new Error(
    `DATABASE_URI « ${value.replace(/\/\/[^@/]*@/, '//***@')} » non reconnue : utilisez file:… (SQLite) ou mongodb://… / mongodb+srv://… (MongoDB).`,
  )
}
