import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

type Run = {
  recipients: number
  result: string
  totalSeconds: number
  mailsPerSecond: number | null
  mails: number
  duplicates: number
  peakRssMb: number
  rssBeforeSendMb: number
  liveHeapMb: { first: number | null; last: number | null; max: number | null }
}

/** Runs one phase of scripts/benchSending.ts in its own process and returns its JSON line. */
function phase<T>(args: string[], env: Record<string, string>, nodeOptions: string[] = []): T {
  // Through NODE_OPTIONS: tsx runs the script in a child node process, which inherits it.
  const child = spawnSync(
    process.execPath,
    [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/benchSending.ts', ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, ...env, NODE_OPTIONS: nodeOptions.join(' ') },
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  const line = child.stdout
    .trim()
    .split('\n')
    .reverse()
    .find((candidate) => candidate.startsWith('{'))
  if (!line)
    throw new Error(`Bench d’envoi (${args.join(' ')}) sans résultat (code ${child.status}).`)
  return JSON.parse(line) as T
}

/** Per audience size: the audience set up in one process, then sent from a fresh one (clean peak RSS). */
/**
 * The sender runs with a V8 heap cap, as a production service should: without it V8 grows its heap
 * lazily towards its default limit on a large machine (peak RSS about 3 GB at 100,000 recipients,
 * 0.7 GB at 10,000), which says more about the garbage collector than about what the sender keeps.
 * A send that needed memory in proportion to its audience would die of it here.
 */
export const SENDER_HEAP_MB = 768

export function sendingBench({ sizes }: { sizes: number[] }): string[] {
  const runs = sizes.map((size) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actunipso-bench-send-'))
    const env = { BENCH_DATABASE_DIR: dir, PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex') }
    try {
      const { subscribersSeconds } = phase<{ subscribersSeconds: number }>(
        ['setup', String(size)],
        env,
      )
      return {
        // The sender runs as `npm run send` and `npm start` run it: with two malloc arenas.
        ...phase<Run>(['send'], { ...env, MALLOC_ARENA_MAX: '2' }, [
          '--expose-gc',
          `--max-old-space-size=${SENDER_HEAP_MB}`,
        ]),
        subscribersSeconds,
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
  return [
    `Envoi au serveur Resend local (2 requêtes/s × 100 par lot = plafond 200 courriels/s ; expéditeur et serveur dans deux processus ; tas V8 de l’expéditeur plafonné à ${SENDER_HEAP_MB} Mo)`,
    ...runs.map(
      (run) =>
        `  ${run.recipients.toLocaleString('fr-BE')} abonnés : ${run.mails} courriels, ${run.duplicates} doublon(s), ${run.mailsPerSecond?.toFixed(0) ?? '–'} courriels/s en régime (${run.mailsPerSecond ? ((run.mailsPerSecond / 200) * 100).toFixed(1) : '–'} % du plafond), envoi ${run.totalSeconds.toFixed(0)} s préparation comprise, RSS max de l’expéditeur ${run.peakRssMb.toFixed(0)} Mo (${run.rssBeforeSendMb.toFixed(0)} Mo avant l’envoi), tas vivant après GC ${run.liveHeapMb.first?.toFixed(0) ?? '–'} → ${run.liveHeapMb.last?.toFixed(0) ?? '–'} Mo (max ${run.liveHeapMb.max?.toFixed(0) ?? '–'})`,
    ),
    ...(runs.length > 1
      ? [
          `  À ${runs.at(-1)?.recipients.toLocaleString('fr-BE')} / à ${runs[0]?.recipients.toLocaleString('fr-BE')} : RSS max ×${((runs.at(-1)?.peakRssMb ?? 0) / (runs[0]?.peakRssMb ?? 1)).toFixed(2)}, tas vivant max ×${((runs.at(-1)?.liveHeapMb.max ?? 0) / (runs[0]?.liveHeapMb.max ?? 1)).toFixed(2)} (objectif : plat)`,
        ]
      : []),
  ]
}
