/**
 * Sending bench, run by `npm run bench` (scripts/bench/sendingBench.ts) in two processes on one
 * throw-away database: `setup N` writes N active subscribers and an approved issue; `send` sends it
 * to the local Resend server (its own process, 2 requests/s) from a fresh process, so the peak RSS
 * is the sender's alone. Each phase prints one JSON line.
 */
import './lib/useBenchDatabase'

import { spawn } from 'node:child_process'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import readline from 'node:readline'

import type { Payload } from 'payload'

import { markdownToLexical } from '../src/domain/content/markdownToLexical'
import { newSecretToken } from '../src/domain/security/secretToken'
import { applyMigrations } from '../src/server/database/applyMigrations'
import { createMailer } from '../src/server/mail/mailer'
import { ensureSend, runSend } from '../src/server/sending/runSend'
import { loadPayload, runScript } from './lib/loadPayload'

/** Starts the local Resend server in a child process and resolves with its URL. */
async function startMailProcess() {
  const child = spawn(
    process.execPath,
    [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/bench/localResendProcess.ts'],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_OPTIONS: '' } },
  )
  const lines = readline.createInterface({ input: child.stdout })
  for await (const line of lines) {
    if (line.startsWith('{'))
      return { url: (JSON.parse(line) as { url: string }).url, stop: () => child.kill('SIGTERM') }
  }
  throw new Error('Le serveur Resend local du bench ne s’est pas lancé.')
}

/** N active subscribers through the adapter (bench set-up only: the Local API would take minutes at 100,000). */
async function setup(payload: Payload, recipients: number) {
  await applyMigrations(payload)
  const rubric = await payload.create({ collection: 'rubrics', data: { label: 'BENCH', order: 1 } })
  const staff = await payload.create({
    collection: 'staff',
    data: { name: 'Bench', jobTitle: 'Bench' },
  })
  const article = await payload.create({
    collection: 'articles',
    data: {
      rubric: rubric.id,
      title: 'Bench',
      body: markdownToLexical('Texte.') as never,
      signedBy: [staff.id],
      status: 'published',
    },
  })
  const started = performance.now()
  const now = new Date().toISOString()
  for (let index = 0; index < recipients; index += 1) {
    const { token, lookup } = newSecretToken()
    await payload.db.create({
      collection: 'subscribers',
      data: {
        email: `b${String(index).padStart(6, '0')}@bench.example`,
        status: 'active',
        token,
        tokenLookup: lookup,
        createdAt: now,
        updatedAt: now,
      },
      returning: false,
    })
    if (index % 5000 === 4999)
      process.stderr.write(`\r  abonnés du bench : ${index + 1} / ${recipients}`)
  }
  process.stderr.write('\n')
  await payload.create({
    collection: 'issues',
    data: {
      number: 1,
      month: '2099-01',
      subject: 'Bench',
      preheader: 'Bench',
      articles: [article.id],
      status: 'approved',
    },
  })
  console.log(JSON.stringify({ subscribersSeconds: (performance.now() - started) / 1000 }))
}

async function send(payload: Payload) {
  const mail = await startMailProcess()
  let peakRss = process.memoryUsage().rss
  const rssSampler = setInterval(
    () => (peakRss = Math.max(peakRss, process.memoryUsage().rss)),
    200,
  )
  try {
    const issue = (
      await payload.find({
        collection: 'issues',
        where: { month: { equals: '2099-01' } },
        limit: 1,
      })
    ).docs[0]
    if (!issue) throw new Error('Numéro du bench introuvable : lancez d’abord la phase setup.')
    const recipients = (await payload.count({ collection: 'subscribers' })).totalDocs
    const mailer = createMailer({
      MAIL_FROM: 'bench@unipso.local',
      mailLocalUrl: mail.url,
      RESEND_API_KEY: undefined,
      RESEND_BASE_URL: undefined,
      MAIL_REPLY_TO: undefined,
    })
    const sendId = await ensureSend({ payload, issueId: issue.id })
    const rssBeforeSendMb = process.memoryUsage().rss / 1024 / 1024
    let firstBatchAt = 0
    let firstBatchMails = 0
    const liveHeapMb: number[] = []
    const started = performance.now()
    const result = await runSend({
      payload,
      mailer,
      sendId,
      onProgress: ({ sent, batch }) => {
        // With --expose-gc: the live heap after a full collection, every 50 batches (25 s). What the
        // sender keeps, unlike RSS, which follows the allocator and V8's lazy collection.
        const gc = (globalThis as { gc?: () => void }).gc
        if (gc && batch % 50 === 0) {
          gc()
          liveHeapMb.push(process.memoryUsage().heapUsed / 1024 / 1024)
        }
        if (firstBatchAt) return
        firstBatchAt = performance.now()
        firstBatchMails = sent
      },
    })
    const ended = performance.now()
    const outbox = (await (await fetch(`${mail.url}/api/outbox`)).json()) as {
      data: Array<{ to: string[] }>
    }
    const to = outbox.data.map((entry) => entry.to[0])
    console.log(
      JSON.stringify({
        recipients,
        result,
        totalSeconds: (ended - started) / 1000,
        // From the first batch's answer to the last: the steady sending rate, preparation excluded.
        mailsPerSecond:
          firstBatchAt && ended > firstBatchAt
            ? (recipients - firstBatchMails) / ((ended - firstBatchAt) / 1000)
            : null,
        mails: to.length,
        duplicates: to.length - new Set(to).size,
        peakRssMb: peakRss / 1024 / 1024,
        rssBeforeSendMb,
        liveHeapMb: {
          first: liveHeapMb[0] ?? null,
          last: liveHeapMb.at(-1) ?? null,
          max: liveHeapMb.length ? Math.max(...liveHeapMb) : null,
        },
      }),
    )
  } finally {
    clearInterval(rssSampler)
    mail.stop()
  }
}

runScript(async () => {
  const [phase, size] = process.argv.slice(2)
  const payload = await loadPayload()
  try {
    if (phase === 'setup') await setup(payload, Number(size ?? 10_000))
    else if (phase === 'send') await send(payload)
    else throw new Error('Usage : benchSending.ts setup <N> | send')
  } finally {
    await payload.destroy()
  }
})
