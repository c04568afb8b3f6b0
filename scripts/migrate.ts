/** npm run migrate: applies the committed migrations to the configured database and checks them. */
import { applyMigrations } from '../src/server/database/applyMigrations'
import { loadPayload, runScript } from './lib/loadPayload'

runScript(async () => {
  const payload = await loadPayload()
  const { applied, total } = await applyMigrations(payload)
  console.log(
    applied.length
      ? `Migrations appliquées : ${applied.join(', ')}`
      : `Base à jour (${total} migrations).`,
  )
  await payload.destroy()
})
