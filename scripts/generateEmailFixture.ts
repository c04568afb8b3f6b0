/**
 * npm run email:fixture: writes emails/_fixtures/issueSource.json, the February 2020 issue as
 * loaded from a freshly seeded temporary database. The react-email preview and the unit tests
 * render it without a database.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { projectRoot, runScript } from './lib/loadPayload'

runScript(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actunipso-fixture-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'fixture.db')}`
  process.env.PAYLOAD_SECRET ??= crypto.randomBytes(32).toString('hex')
  process.env.LOG_LEVEL = 'warn'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  try {
    const { applyMigrations } = await import('../src/server/database/applyMigrations')
    const { seedDemo } = await import('../src/server/seed/seedDemo')
    const { findIssue, loadIssueSource } = await import('../src/server/newsletter/loadIssueSource')
    await applyMigrations(payload)
    await seedDemo({ payload, seedDir: path.join(projectRoot, 'scripts/seed'), today: new Date('2026-11-23T10:00:00Z') })
    const issue = await findIssue({ payload, ref: '2020-02' })
    if (!issue) throw new Error('Numéro 2020-02 introuvable après le chargement de la démo')
    const source = await loadIssueSource({ payload, issue })
    const target = path.join(projectRoot, 'emails/_fixtures/issueSource.json')
    fs.writeFileSync(target, `${JSON.stringify(source, null, 2)}\n`)
    console.log(`Écrit : ${path.relative(projectRoot, target)}`)
  } finally {
    await payload.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
