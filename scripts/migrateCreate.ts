/** npm run migrate:create -- <name>: writes a migration for the changes in collections/. */
import { pendingSchemaChanges } from '../src/server/database/pendingSchemaChanges'
import { loadPayload, runScript } from './lib/loadPayload'

runScript(async () => {
  const name = process.argv[2]
  if (!name || !/^[a-z0-9_-]+$/i.test(name))
    throw new Error('Usage : npm run migrate:create -- <nom_sans_espaces>')
  process.env.PAYLOAD_MIGRATING = 'true'
  const payload = await loadPayload()
  const pending = await pendingSchemaChanges(payload)
  if (pending.length === 0) {
    console.log('Aucun changement de schéma : pas de migration à créer.')
  } else {
    await payload.db.createMigration({ migrationName: name, payload, forceAcceptWarning: true })
  }
  await payload.destroy()
})
