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
import { Members } from './collections/Members'
import { Rubrics } from './collections/Rubrics'
import { Deliveries } from './collections/Deliveries'
import { SendLocks } from './collections/SendLocks'
import { Sends } from './collections/Sends'
import { Editions } from './collections/Editions'
import { Staff } from './collections/Staff'
import { Subscribers } from './collections/Subscribers'
import { Suppressions } from './collections/Suppressions'
import { SubscriberTokens } from './collections/SubscriberTokens'
import { OutgoingMails } from './collections/OutgoingMails'
import { SchedulerStatus } from './collections/globals/SchedulerStatus'
import { Users } from './collections/Users'
import { Venues } from './collections/Venues'
import { WebhookEvents } from './collections/WebhookEvents'
import { WorkingGroups } from './collections/WorkingGroups'
import { adminTranslations } from './collections/adminTranslations'
import { keepFieldReasons } from './collections/hooks/keepFieldReasons'
import { withBrusselsTimestamps } from './collections/withBrusselsTimestamps'
import { resolveDatabaseTarget } from './src/config/database'
import { mailerEmailAdapter } from './src/server/mail/getMailer'
import { resendWebhookEndpoint } from './src/server/webhooks/resendWebhook'
import { healthEndpoint } from './src/server/health/healthEndpoint'
import { payloadLogger } from './src/server/logging/payloadLogger'
import { readEnv } from './src/config/env'
import { BRUSSELS } from './src/domain/dates/brussels'
import { publicOrigins } from './src/domain/http/publicOrigins'
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
    // The Next server, the scheduler beside it and CLI scripts share the file: WAL lets readers
    // work during a write, and a writer waits for the lock instead of failing with SQLITE_BUSY.
    wal: true,
    // Transactions stay off (the adapter's default): libsql waits for a lock synchronously, so two
    // transactions in one Node process would block its only thread until the busy timeout. Writes
    // that must be all-or-nothing go through withTransaction, which undoes them itself here.
    busyTimeout: 10_000,
    // The schema only ever changes through committed migrations, in development and tests too,
    // so what tests exercise is exactly what `npm start` builds.
    push: false,
    migrationDir: path.resolve(projectRoot, 'src/migrations'),
    prodMigrations: migrations,
  })
}

export default buildConfig({
  serverURL: env.serverUrl,
  // Session cookies count only for requests from these origins (CSRF): SERVER_URL's, plus its
  // other loopback names on a local start (http://127.0.0.1:3000 as well as localhost).
  csrf: publicOrigins(env.serverUrl),
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · ActUNIPSO Publisher' },
    // Gravatar would send a hash of each user's email to a third party and fails offline.
    avatar: 'default',
    components: {
      beforeDashboard: ['/src/components/admin/Dashboard#Dashboard'],
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
  i18n: {
    supportedLanguages: { fr },
    fallbackLanguage: 'fr',
    translations: { fr: adminTranslations },
  },
  collections: [
    Issues,
    Subscribers,
    Sends,
    Editions,
    Deliveries,
    SendLocks,
    WebhookEvents,
    Suppressions,
    SubscriberTokens,
    OutgoingMails,
    Articles,
    AgendaItems,
    Conferences,
    Meetings,
    WorkingGroups,
    Members,
    Staff,
    Rubrics,
    Venues,
    Media,
    Users,
  ].map(withBrusselsTimestamps),
  globals: [SchedulerStatus],
  editor: lexicalEditor(),
  db: databaseAdapter(),
  email: mailerEmailAdapter,
  endpoints: [resendWebhookEndpoint, healthEndpoint],
  // REST refusals keep their French field reasons in the production build too.
  hooks: { afterError: [keepFieldReasons] },
  sharp,
  typescript: {
    outputFile: path.resolve(projectRoot, 'src/payload-types.ts'),
    // Payload would otherwise regenerate types in the background of every non-production init,
    // through its CLI, which ends the process with exit code 0: scripts died silently half-way.
    // Types are generated by `npm run generate:types` and checked by a test.
    autoGenerate: false,
  },
  graphQL: { disable: true },
  logger: payloadLogger({ level: env.LOG_LEVEL }),
  telemetry: false,
})
