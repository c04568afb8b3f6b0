/**
 * npm start: build if the sources changed, migrate, seed an empty database, then serve
 * the production build on PORT (default 3000).
 */
import './lib/bootstrapEnv'

import { spawn, spawnSync } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { readEnv } from '../src/config/env'
import { startBackgroundScheduler, startLocalMail } from './lib/backgroundServices'
import { sourceHash } from './lib/buildStamp'
import { keepAlive, loadPayload, projectRoot } from './lib/loadPayload'
import { prepareDatabase } from './lib/prepareDatabase'
import { listenForShutdown, onShutdown, shutdown, shutdownSignal } from './lib/shutdown'

const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
const step = (line: string) => console.log(`▶ ${line}`)
const nextBin = path.join(projectRoot, 'node_modules', '.bin', 'next')

const distDir = process.env.NEXT_DIST_DIR || '.next'

function buildIfNeeded(): void {
  const stampFile = path.join(projectRoot, distDir, 'actunipso-source-hash')
  const wanted = sourceHash(projectRoot)
  const isBuilt = fs.existsSync(path.join(projectRoot, distDir, 'BUILD_ID'))
  if (isBuilt && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === wanted) {
    step('Build à jour')
    return
  }
  step('Build de production (next build, quelques minutes)…')
  // Next adds its distDir's type folders to tsconfig.json (and reformats it): a side build in
  // NEXT_DIST_DIR must leave the shared tsconfig.json as it was.
  const tsconfigFile = path.join(projectRoot, 'tsconfig.json')
  const tsconfig = fs.readFileSync(tsconfigFile, 'utf8')
  const result = spawnSync(nextBin, ['build'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (distDir !== '.next' && fs.readFileSync(tsconfigFile, 'utf8') !== tsconfig)
    fs.writeFileSync(tsconfigFile, tsconfig)
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

/** Stops `next start`: SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}

async function main(): Promise<void> {
  // SIGINT/SIGTERM: stop the cron, let the batch in flight finish, close the mail server, stop
  // Next, destroy Payload, exit 0; within 10 s, else forced. A second signal exits at once.
  listenForShutdown({
    isExitingOnSignal: true,
    onSignal: (signal) =>
      console.log(
        `\n⏹ ${signal} reçu : arrêt en cours (fin du lot en cours, fermeture de la base)…`,
      ),
  })
  const env = readEnv()
  buildIfNeeded()
  if (shutdownSignal.aborted) return
  step('Base de données : migrations et contenu de démonstration…')
  // A migration or the demo seed is not cut half-way: shutdown waits for it (within its deadline).
  const preparing = keepAlive(() => prepareDatabase((line) => console.log(`  • ${line}`)))
  onShutdown(() =>
    preparing.then(
      () => undefined,
      () => undefined,
    ),
  )
  await preparing
  if (shutdownSignal.aborted) return

  let outboxLine = ''
  if (!env.RESEND_API_KEY) {
    // No Resend account: mail goes to the local Resend-compatible server and its outbox page.
    const mail = await startLocalMail()
    if (mail) outboxLine = `  Courriels (sans RESEND_API_KEY) : boîte d’envoi locale ${mail.url}/\n`
  }
  if (shutdownSignal.aborted) return

  step(`Démarrage du serveur sur le port ${env.PORT}…`)
  // The preload appends each connection's address to X-Forwarded-For (rate limits per client).
  const preload = pathToFileURL(path.join(projectRoot, 'scripts/lib/appendConnectionAddress.mjs'))
  const nextCli = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next')
  const server = spawn(
    process.execPath,
    ['--import', preload.href, nextCli, 'start', '-p', String(env.PORT)],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    },
  )
  onShutdown(() => stopChild(server))
  server.on('exit', (code, signal) => {
    // During shutdown Next exits on purpose (or from the terminal's own Ctrl-C): nothing to add.
    if (shutdownSignal.aborted) return
    // Next exits 0 (or by the signal) when the same signal reached it first: a requested stop.
    if (code === 0 || signal === 'SIGTERM' || signal === 'SIGINT') {
      void shutdown({ code: 0 })
      return
    }
    console.error(`✖ Le serveur Next s’est arrêté (${signal ?? `code ${code}`}) : arrêt.`)
    void shutdown({ code: code || 1 })
  })
  await waitUntilServing(`http://localhost:${env.PORT}/admin/login`, server)
  if (shutdownSignal.aborted || server.exitCode !== null) return
  if (env.SCHEDULER === 'on') {
    // The scheduler lives in this process, beside the server: sends are claimed, so another
    // instance's scheduler can run too without sending anything twice.
    startBackgroundScheduler({ payload: await loadPayload() })
  }
  console.log(
    `\n✔ ActUNIPSO Publisher est prêt (${elapsed()}) : ${env.serverUrl}/admin\n${outboxLine}`,
  )
}

main().catch((error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`)
  void shutdown({ code: 1 })
})
