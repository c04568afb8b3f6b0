/**
 * npm start: build if the sources changed, migrate, seed an empty database, then serve
 * the production build on PORT (default 3000).
 */
import './lib/bootstrapEnv'

import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { readEnv } from '../src/config/env'
import { sourceHash } from './lib/buildStamp'
import { keepAlive, loadPayload, projectRoot } from './lib/loadPayload'
import { prepareDatabase } from './lib/prepareDatabase'
import { startScheduler } from '../src/server/cron/scheduler'
import { getMailer } from '../src/server/mail/getMailer'
import { startLocalResendServer } from '../src/server/mail/localResend/localResendServer'
import { webhookSecret } from '../src/server/webhooks/webhookSecret'

const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
const step = (line: string) => console.log(`▶ ${line}`)
const nextBin = path.join(projectRoot, 'node_modules', '.bin', 'next')

function buildIfNeeded(): void {
  const stampFile = path.join(projectRoot, '.next', 'actunipso-source-hash')
  const wanted = sourceHash(projectRoot)
  const isBuilt = fs.existsSync(path.join(projectRoot, '.next', 'BUILD_ID'))
  if (isBuilt && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === wanted) {
    step('Build à jour')
    return
  }
  step('Build de production (next build, quelques minutes)…')
  const result = spawnSync(nextBin, ['build'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) throw new Error('next build a échoué : voir les messages ci-dessus.')
  fs.writeFileSync(stampFile, wanted)
  step(`Build terminé (${elapsed()})`)
}

async function waitUntilServing(url: string, child: ReturnType<typeof spawn>): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) return
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {
      // Not listening yet: the next attempt will tell.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

async function main(): Promise<void> {
  const env = readEnv()
  buildIfNeeded()
  step('Base de données : migrations et contenu de démonstration…')
  await keepAlive(() => prepareDatabase((line) => console.log(`  • ${line}`)))

  let outboxLine = ''
  if (!env.RESEND_API_KEY) {
    // No Resend account: mail goes to the local Resend-compatible server and its outbox page.
    try {
      // It posts signed delivery events back to the app, as Resend would.
      const mail = await startLocalResendServer({
        port: env.MAIL_LOCAL_PORT,
        webhook: {
          url: `http://127.0.0.1:${env.PORT}/api/webhooks/resend`,
          secret: webhookSecret() as string,
        },
      })
      outboxLine = `  Courriels (sans RESEND_API_KEY) : boîte d’envoi locale ${mail.url}/\n`
    } catch (error) {
      console.warn(
        `⚠ Serveur de courriel local indisponible sur le port ${env.MAIL_LOCAL_PORT} : ${(error as Error).message}`,
      )
    }
  }

  step(`Démarrage du serveur sur le port ${env.PORT}…`)
  const server = spawn(nextBin, ['start', '-p', String(env.PORT)], {
    cwd: projectRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
  server.on('exit', (code) => process.exit(code ?? 0))
  await waitUntilServing(`http://localhost:${env.PORT}/admin/login`, server)
  if (server.exitCode === null && env.SCHEDULER === 'on') {
    // The scheduler lives in this process, beside the server: sends are claimed, so another
    // instance's scheduler can run too without sending anything twice.
    startScheduler({ payload: await loadPayload(), mailer: getMailer() })
  }
  if (server.exitCode === null) {
    console.log(
      `\n✔ ActUNIPSO Publisher est prêt (${elapsed()}) : ${env.serverUrl}/admin\n${outboxLine}`,
    )
  }
}

main().catch((error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
