/**
 * npm run render-issue -- <YYYY-MM | id> --out <dir>: writes <dir>/issue.html and <dir>/issue.txt
 * for a sample recipient, from the configured database.
 */
import fs from 'node:fs'
import path from 'node:path'

import { readEnv } from '../src/config/env'
import { findIssue } from '../src/server/newsletter/loadIssueSource'
import { buildIssueEmail, sampleRecipient } from '../src/server/newsletter/issueEmail'
import { personalizeIssue } from '../src/server/newsletter/renderIssue'
import { loadPayload, runScript } from './lib/loadPayload'

runScript(async () => {
  const args = process.argv.slice(2)
  const ref = args.find((arg) => !arg.startsWith('--'))
  const outIndex = args.indexOf('--out')
  const out = outIndex >= 0 ? args[outIndex + 1] : undefined
  if (!ref || !out)
    throw new Error('Usage : npm run render-issue -- <AAAA-MM ou id> --out <dossier>')
  const payload = await loadPayload()
  try {
    const issue = await findIssue({ payload, ref })
    if (!issue) throw new Error(`Numéro « ${ref} » introuvable.`)
    const email = await buildIssueEmail({ payload, issue })
    const { html, text } = personalizeIssue({
      templates: email.templates,
      recipient: sampleRecipient(readEnv().serverUrl),
    })
    fs.mkdirSync(out, { recursive: true })
    fs.writeFileSync(path.join(out, 'issue.html'), html)
    fs.writeFileSync(path.join(out, 'issue.txt'), text)
    console.log(
      `✔ ${path.join(out, 'issue.html')} (${Math.round(Buffer.byteLength(html) / 1024)} Ko) et ${path.join(out, 'issue.txt')}`,
    )
    for (const warning of email.warnings)
      console.log(`${warning.level === 'error' ? '✖' : '⚠'} ${warning.message}`)
  } finally {
    await payload.destroy()
  }
})
