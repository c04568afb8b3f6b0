/**
 * npm run subscribers:import -- file.csv --source "Liste des participants du Forum 2019, consentement écrit"
 * imports subscribers and prints a per-line report. The source of consent is required.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { readConsentSource } from '../src/domain/subscribers/importPlan'
import { importSubscribers } from '../src/server/subscribers/importSubscribers'
import { loadPayload, runScript } from './lib/loadPayload'

const USAGE =
  'Usage : npm run subscribers:import -- <fichier.csv> --source "<source du consentement>" (colonnes : email, prénom, nom, organisation ; par exemple --source "Liste des participants du Forum 2019, consentement écrit")'

runScript(async () => {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    options: { source: { type: 'string' } },
    allowPositionals: true,
    strict: false,
  })
  const file = positionals[0]
  if (!file || !fs.existsSync(file)) throw new Error(USAGE)
  const statement = readConsentSource(values.source)
  // Refused before Payload loads: nothing is read or written without a stated basis.
  if ('error' in statement) throw new Error(`${statement.error}\n${USAGE}`)
  const payload = await loadPayload()
  try {
    const report = await importSubscribers({
      payload,
      csvText: fs.createReadStream(file, 'utf8'),
      fileName: path.basename(file),
      consentSource: statement.source,
    })
    console.log(
      `✔ ${report.created} créé(s), ${report.updated} mis à jour, ${report.rejected.length} refusé(s)`,
    )
    console.log(`  consentement enregistré : « ${statement.source} »`)
    for (const row of report.rejected)
      console.log(`  ligne ${row.line} (${row.email || 'vide'}) : ${row.reason}`)
  } finally {
    await payload.destroy()
  }
})
