/**
 * Sending bench, run by `npm run bench` in its own process (for a clean peak RSS): N active
 * subscribers in a throw-away database, one issue sent to the local Resend server at 2 requests/s.
 * Prints one JSON line.
 */
import { fixtureDir } from './lib/useFixtureDatabase'

import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { markdownToLexical } from '../src/domain/content/markdownToLexical'
import { applyMigrations } from '../src/server/database/applyMigrations'
import { startLocalResendServer } from '../src/server/mail/localResend/localResendServer'
import { createMailer } from '../src/server/mail/mailer'
import { ensureSend, runSend } from '../src/server/sending/runSend'
import { loadPayload, runScript } from './lib/loadPayload'

runScript(async () => {
  const recipients = Number(process.argv[2] ?? 10_000)
  const payload = await loadPayload()
  const mail = await startLocalResendServer({ requestsPerSecond: 2 })
  try {
    await applyMigrations(payload)
    const rubric = await payload.create({ collection: 'rubrics', data: { label: 'BENCH', order: 1 } })
    const staff = await payload.create({ collection: 'staff', data: { name: 'Bench', jobTitle: 'Bench' } })
    const article = await payload.create({ collection: 'articles', data: { rubric: rubric.id, title: 'Bench', body: markdownToLexical('Texte.') as never, signedBy: [staff.id], status: 'published' } })
    for (let index = 0; index < recipients; index += 1) {
      await payload.create({ collection: 'subscribers', data: { email: `b${String(index).padStart(6, '0')}@bench.example`, status: 'active' } })
    }
    const issue = await payload.create({ collection: 'issues', data: { number: 1, month: '2099-01', subject: 'Bench', preheader: 'Bench', articles: [article.id], status: 'approved' } })
    const mailer = createMailer({ MAIL_FROM: 'bench@unipso.local', mailLocalUrl: mail.url, RESEND_API_KEY: undefined, RESEND_BASE_URL: undefined, MAIL_REPLY_TO: undefined })
    const sendId = await ensureSend({ payload, issueId: issue.id })
    let firstBatchAt = 0
    let firstBatchMails = 0
    const started = performance.now()
    const result = await runSend({
      payload,
      mailer,
      sendId,
      onProgress: ({ sent }) => {
        if (firstBatchAt) return
        firstBatchAt = performance.now()
        firstBatchMails = sent
      },
    })
    const ended = performance.now()
    const to = mail.outbox.all().map((entry) => entry.to[0])
    console.log(
      JSON.stringify({
        recipients,
        result,
        totalSeconds: (ended - started) / 1000,
        // From the first batch's answer to the last: the steady sending rate, preparation excluded.
        mailsPerSecond: firstBatchAt && ended > firstBatchAt ? (recipients - firstBatchMails) / ((ended - firstBatchAt) / 1000) : null,
        mails: to.length,
        duplicates: to.length - new Set(to).size,
        peakRssMb: process.resourceUsage().maxRSS / 1024,
      }),
    )
  } finally {
    await mail.close()
    await payload.destroy()
    fs.rmSync(path.resolve(fixtureDir), { recursive: true, force: true })
  }
})
