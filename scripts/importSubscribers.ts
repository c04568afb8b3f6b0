/** npm run subscribers:import -- file.csv: imports subscribers and prints a per-line report. */
import fs from 'node:fs'
import path from 'node:path'

import { importSubscribers } from '../src/server/subscribers/importSubscribers'
import { loadPayload, runScript } from './lib/loadPayload'

runScript(async () => {
  const file = process.argv[2]
  if (!file || !fs.existsSync(file))
    throw new Error(
      'Usage : npm run subscribers:import -- <fichier.csv> (colonnes : email, prénom, nom, organisation)',
    )
  const payload = await loadPayload()
  try {
    const report = await importSubscribers({
      payload,
      csvText: fs.createReadStream(file, 'utf8'),
      fileName: path.basename(file),
    })
    console.log(
      `✔ ${report.created} créé(s), ${report.updated} mis à jour, ${report.rejected.length} refusé(s)`,
    )
    for (const row of report.rejected)
      console.log(`  ligne ${row.line} (${row.email || 'vide'}) : ${row.reason}`)
  } finally {
    await payload.destroy()
  }
})
