/**
 * The subscription form's answer time for known and new addresses, against the real server:
 * `npm start` (the production build, in NEXT_DIST_DIR when set) on a fresh database, 50 active
 * subscribers, then 50 posts of their addresses interleaved with 50 posts of new ones. The answer
 * must not tell them apart (the issue asks for medians within 20 %): printed, never asserted.
 * `tsx scripts/bench/subscriptionBench.ts` runs it alone (it builds first if the sources changed).
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROUNDS = 50

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}
const ms = (value: number) => `${value.toFixed(1)} ms`

/** Starts `npm start` in its own process group on a temporary database; resolves once ready. */
async function startServer(dir: string) {
  const port = await freePort()
  const password = crypto.randomBytes(12).toString('base64url')
  let output = ''
  const child = spawn(process.execPath, ['scripts/bootstrap.mjs', 'start'], {
    cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'),
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      NODE_ENV: 'production',
      PORT: String(port),
      MAIL_LOCAL_PORT: String(await freePort()),
      DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
      ADMIN_EMAIL: 'bench@unipso.local',
      ADMIN_PASSWORD: password,
      // One proxy trusted: each post names its own client (X-Forwarded-For), so the per-client
      // limit of 10 a minute does not stop the bench.
      TRUST_PROXY: '1',
      LOG_LEVEL: 'warn',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    process.kill(-child.pid, 'SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))])
    if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL')
  }
  while (!output.includes('est prêt')) {
    if (child.exitCode !== null)
      throw new Error(`npm start s’est arrêté (code ${child.exitCode}) :\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return { baseUrl: `http://127.0.0.1:${port}`, password, stop }
}

export async function subscriptionBench(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actunipso-bench-subscription-'))
  const server = await startServer(dir)
  try {
    const login = await fetch(`${server.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bench@unipso.local', password: server.password }),
    })
    const { token } = (await login.json()) as { token: string }
    const known = Array.from({ length: ROUNDS }, (_, index) => `connu-${index}@bench.example`)
    for (const email of known) {
      const created = await fetch(`${server.baseUrl}/api/subscribers`, {
        method: 'POST',
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ email, firstName: 'Connu', status: 'active' }),
      })
      if (!created.ok) throw new Error(`Abonné ${email} non créé : ${created.status}`)
    }
    let client = 0
    const post = async (email: string, { hasConsent = true } = {}) => {
      client += 1
      const started = performance.now()
      const response = await fetch(`${server.baseUrl}/newsletter/inscription`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': `198.18.${Math.floor(client / 250)}.${(client % 250) + 1}`,
        },
        body: new URLSearchParams(hasConsent ? { email, consent: 'on' } : { email }),
      })
      await response.arrayBuffer()
      const elapsed = performance.now() - started
      // Let the request's background work (writes, the mail, its webhook) end before the next
      // post: each answer is then timed alone, and not slowed by the previous address's work.
      await new Promise((resolve) => setTimeout(resolve, 1000))
      if (response.status !== 303) throw new Error(`Réponse ${response.status} pour ${email}`)
      return elapsed
    }
    // Warm-up: the first requests compile and cache routes.
    for (let index = 0; index < 10; index += 1) await post(`echauffement-${index}@bench.example`)
    const times = { known: [] as number[], new: [] as number[], refused: [] as number[] }
    for (let index = 0; index < ROUNDS; index += 1) {
      // Alternate which goes first, so neither always follows the other's background work.
      const isKnownFirst = index % 2 === 0
      if (isKnownFirst) times.known.push(await post(known[index] as string))
      times.new.push(await post(`nouveau-${index}@bench.example`))
      if (!isKnownFirst) times.known.push(await post(known[index] as string))
      // The server's own cost: a form refused before anything is read or written.
      times.refused.push(await post(`refus-${index}@bench.example`, { hasConsent: false }))
    }
    const knownMedian = median(times.known)
    const newMedian = median(times.new)
    const gap = (Math.abs(newMedian - knownMedian) / Math.min(knownMedian, newMedian)) * 100
    return [
      `Formulaire d’inscription (npm start, ${ROUNDS} adresses connues et ${ROUNDS} nouvelles, alternées)`,
      `  médiane adresse connue (abonné actif) : ${ms(knownMedian)}`,
      `  médiane adresse nouvelle              : ${ms(newMedian)}`,
      `  écart des médianes                    : ${gap.toFixed(1)} %`,
      `  médiane formulaire refusé (référence) : ${ms(median(times.refused))}`,
      `  charge de la machine (1 min)          : ${os.loadavg()[0]?.toFixed(1)} pour ${os.cpus().length} cœurs`,
    ]
  } finally {
    await server.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  subscriptionBench()
    .then((lines) => lines.forEach((line) => console.log(line)))
    .catch((error: unknown) => {
      console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    })
}
