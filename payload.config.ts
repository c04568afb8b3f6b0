import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { AgendaItems } from './collections/AgendaItems'
import { Articles } from './collections/Articles'
import { Conferences } from './collections/Conferences'
import { Issues } from './collections/Issues'
import { Media } from './collections/Media'
import { Meetings } from './collections/Meetings'
import { Rubrics } from './collections/Rubrics'
import { Staff } from './collections/Staff'
import { Users } from './collections/Users'
import { Venues } from './collections/Venues'
import { WorkingGroups } from './collections/WorkingGroups'
import { resolveDatabaseTarget } from './src/config/database'
import { readEnv } from './src/config/env'
import { BRUSSELS } from './src/domain/dates/brussels'
import { migrations } from './src/migrations'

const projectRoot = path.dirname(fileURLToPath(import.meta.url))
const env = readEnv()
const database = resolveDatabaseTarget({ uri: env.DATABASE_URI, projectRoot })

function databaseAdapter() {
  if (database.kind === 'mongodb') {
    // MongoDB needs no SQL migrations: its schema lives in Payload's collection config.
    return mongooseAdapter({ url: database.url })
  }
  fs.mkdirSync(path.dirname(database.filePath), { recursive: true })
  return sqliteAdapter({
    client: { url: database.url },
    // The schema only ever changes through committed migrations, in development and tests too,
    // so what tests exercise is exactly what `npm start` builds.
    push: false,
    migrationDir: path.resolve(projectRoot, 'src/migrations'),
    prodMigrations: migrations,
  })
}

export default buildConfig({
  serverURL: env.serverUrl,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · ActUNIPSO Publisher' },
    // Gravatar would send a hash of each user's email to a third party and fails offline.
    avatar: 'default',
    components: {
      graphics: {
        Logo: '/src/components/admin/Logo#Logo',
        Icon: '/src/components/admin/Icon#Icon',
      },
    },
    timezones: {
      defaultTimezone: BRUSSELS,
      supportedTimezones: [{ label: 'Bruxelles', value: BRUSSELS }],
    },
    dateFormat: 'dd/MM/yyyy HH:mm',
    importMap: {
      baseDir: projectRoot,
      importMapFile: path.resolve(projectRoot, 'src/app/(payload)/admin/importMap.js'),
    },
  },
  i18n: { supportedLanguages: { fr }, fallbackLanguage: 'fr' },
  collections: [
    Issues,
    Articles,
    AgendaItems,
    Conferences,
    Meetings,
    WorkingGroups,
    Staff,
    Rubrics,
    Venues,
    Media,
    Users,
  ],
  editor: lexicalEditor(),
  db: databaseAdapter(),
  sharp,
  typescript: { outputFile: path.resolve(projectRoot, 'src/payload-types.ts') },
  graphQL: { disable: true },
  logger: { options: { level: env.LOG_LEVEL } },
  telemetry: false,
})
