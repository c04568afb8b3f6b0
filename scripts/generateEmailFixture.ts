/**
 * npm run email:fixture: writes emails/_fixtures/issueSource.json, the February 2020 issue as
 * loaded from a freshly seeded temporary database. The react-email preview and the unit tests
 * render it without a database.
 */
import { fixtureDir } from './lib/useFixtureDatabase'

import fs from 'node:fs'
import path from 'node:path'

import { applyMigrations } from '../src/server/database/applyMigrations'
import { findIssue, loadIssueSource } from '../src/server/newsletter/loadIssueSource'
import { seedDemo } from '../src/server/seed/seedDemo'
import { loadPayload, projectRoot, runScript } from './lib/loadPayload'

runScript(async () => {
  const payload = await loadPayload()
  try {
    await applyMigrations(payload)
    await seedDemo({
      payload,
      seedDir: path.join(projectRoot, 'scripts/seed'),
      today: new Date('2026-11-23T10:00:00Z'),
    })
    const issue = await findIssue({ payload, ref: '2020-02' })
    if (!issue) throw new Error('Numéro 2020-02 introuvable après le chargement de la démo')
    const source = await loadIssueSource({ payload, issue })
    const target = path.join(projectRoot, 'emails/_fixtures/issueSource.json')
    fs.writeFileSync(target, `${JSON.stringify(source, null, 2)}\n`)
    console.log(`Écrit : ${path.relative(projectRoot, target)}`)
  } finally {
    await payload.destroy()
    fs.rmSync(fixtureDir, { recursive: true, force: true })
  }
})
