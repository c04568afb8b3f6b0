/**
 * Sending bench, run by `npm run bench` in its own process (for a clean peak RSS): N active
 * subscribers in a throw-away database, one issue sent to the local Resend server at 2 requests/s.
 * Prints one JSON line.
 */
import { fixtureDir } from './lib/useFixtureDatabase'

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import readline from 'node:readline'

import { commitTransaction, createLocalReq, initTransaction } from 'payload'

import { markdownToLexical } from '../src/domain/content/markdownToLexical'
import { applyMigrations } from '../src/server/database/applyMigrations'
import { createMailer } from '../src/server/mail/mailer'
import { ensureSend, runSend } from '../src/server/sending/runSend'
import { loadPayload, runScript } from './lib/loadPayload'

/** Starts the local Resend server in a child process and resolves with its URL. */
async function startMailProcess() {
  const child = spawn(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/bench/localResendProcess.ts'], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_OPTIONS: '' } })
  const lines = readline.createInterface({ input: child.stdout })
  for await (const line of lines) {
    if (line.startsWith('{')) return { url: (JSON.parse(line) as { url: string }).url, stop: () => child.kill('SIGTERM') }
  }
  throw new Error('Le serveur Resend local du bench ne s’est pas lancé.')
}

runScript(async () => {
  const recipients = Number(process.argv[2] ?? 10_000)
  const payload = await loadPayload()
  const mail = await startMailProcess()
  let peakRss = 0
  const rssSampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200)
  try {
    await applyMigrations(payload)
    const rubric = await payload.create({ collection: 'rubrics', data: { label: 'BENCH', order: 1 } })
    const staff = await payload.create({ collection: 'staff', data: { name: 'Bench', jobTitle: 'Bench' } })
    const article = await payload.create({ collection: 'articles', data: { rubric: rubric.id, title: 'Bench', body: markdownToLexical('Texte.') as never, signedBy: [staff.id], status: 'published' } })
    const preparing = performance.now()
    await createBenchSubscribers(payload, recipients)
    const subscribersSeconds = (performance.now() - preparing) / 1000
    const issue = await payload.create({ collection: 'issues', data: { number: 1, month: '2099-01', subject: 'Bench', preheader: 'Bench', articles: [article.id], status: 'approved' } })
    const mailer = createMailer({ MAIL_FROM: 'bench@unipso.local', mailLocalUrl: mail.url, RESEND_API_KEY: undefined, RESEND_BASE_URL: undefined, MAIL_REPLY_TO: undefined })
    const sendId = await ensureSend({ payload, issueId: issue.id })
    let firstBatchAt = 0
    let firstBatchMails = 0
    const rssBeforeSendMb = process.memoryUsage().rss / 1024 / 1024
    peakRss = 0
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
    const outbox = (await (await fetch(`${mail.url}/api/outbox`)).json()) as { data: Array<{ to: string[] }> }
    const to = outbox.data.map((entry) => entry.to[0])
    console.log(
      JSON.stringify({
        recipients,
        result,
        totalSeconds: (ended - started) / 1000,
        // From the first batch's answer to the last: the steady sending rate, preparation excluded.
        mailsPerSecond: firstBatchAt && ended > firstBatchAt ? (recipients - firstBatchMails) / ((ended - firstBatchAt) / 1000) : null,
        mails: to.length,
        duplicates: to.length - new Set(to).size,
        // Sampled during the send (the bench's own subscriber set-up excluded).
        peakRssMb: peakRss / 1024 / 1024,
        subscribersSeconds,
        rssBeforeSendMb,
      }),
    )
  } finally {
    clearInterval(rssSampler)
    mail.stop()
    await payload.destroy()
    fs.rmSync(path.resolve(fixtureDir), { recursive: true, force: true })
  }
})

/** The bench's subscribers, written in transactions of 1,000 (one commit per row would dominate). */
async function createBenchSubscribers(payload: Awaited<ReturnType<typeof loadPayload>>, count: number) {
  for (let start = 0; start < count; start += 1000) {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    for (let index = start; index < Math.min(count, start + 1000); index += 1) {
      await payload.create({ collection: 'subscribers', data: { email: `b${String(index).padStart(6, '0')}@bench.example`, status: 'active' }, req })
    }
    await commitTransaction(req)
    process.stderr.write(`\r  abonnés du bench : ${Math.min(count, start + 1000)} / ${count}`)
  }
  process.stderr.write('\n')
}
