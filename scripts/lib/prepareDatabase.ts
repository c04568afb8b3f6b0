import path from 'node:path'

import { readEnv } from '../../src/config/env'
import { applyMigrations } from '../../src/server/database/applyMigrations'
import { ensureAdminAccount } from '../../src/server/seed/ensureAdminAccount'
import { seedDemo, seedDemoSubscribers } from '../../src/server/seed/seedDemo'
import { loadPayload, projectRoot } from './loadPayload'

/** Migrates the configured database, loads the demo if it is empty, and makes sure an admin exists. */
export async function prepareDatabase(log: (line: string) => void = console.log): Promise<void> {
  // Its own instance, destroyed below: `npm start` then loads the default one for the scheduler,
  // which would otherwise get this destroyed instance back from Payload's cache (no tables left).
  const payload = await loadPayload({ key: 'prepare-database' })
  try {
    const env = readEnv()
    const { applied, total } = await applyMigrations(payload)
    log(
      applied.length
        ? `Migrations appliquées : ${applied.join(', ')}`
        : `Base à jour (${total} migrations)`,
    )

    const summary = await seedDemo({
      payload,
      seedDir: path.join(projectRoot, 'scripts/seed'),
      log,
    })
    if (summary.isSkipped) log('Contenu déjà présent : démo non rechargée')
    else if (!env.RESEND_API_KEY) {
      // Only while mail stays in the local outbox: fictitious addresses must never reach Resend.
      log(
        `Abonnés de démonstration : ${await seedDemoSubscribers({ payload })} (adresses @example.org)`,
      )
    }

    const admin = await ensureAdminAccount({
      payload,
      email: env.ADMIN_EMAIL,
      password: env.ADMIN_PASSWORD,
    })
    if (admin.isCreated && admin.generatedPassword) {
      console.log(
        [
          '',
          '  ┌─ Compte administrateur créé (ce mot de passe ne sera plus affiché) ─',
          `  │ Courriel     : ${admin.email}`,
          `  │ Mot de passe : ${admin.generatedPassword}`,
          '  └─ Changez-le dans /admin > Utilisateurs, ou définissez ADMIN_EMAIL et ADMIN_PASSWORD.',
          '',
        ].join('\n'),
      )
    } else if (admin.isCreated) {
      log(`Compte administrateur ${admin.email} créé (mot de passe : ADMIN_PASSWORD)`)
    } else {
      log(`Connexion : ${admin.email}`)
    }
  } finally {
    await payload.destroy()
  }
}
