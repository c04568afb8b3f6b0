import { spawnSync } from 'node:child_process'
import path from 'node:path'

type Run = { recipients: number; result: string; totalSeconds: number; mailsPerSecond: number | null; mails: number; duplicates: number; peakRssMb: number; subscribersSeconds: number; rssBeforeSendMb: number }

/** Runs scripts/benchSending.ts in a child process per audience size (clean peak RSS each). */
export function sendingBench({ sizes }: { sizes: number[] }): string[] {
  const runs: Run[] = sizes.map((size) => {
    const child = spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/benchSending.ts', String(size)], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
      maxBuffer: 64 * 1024 * 1024,
    })
    const line = child.stdout.trim().split('\n').reverse().find((candidate) => candidate.startsWith('{'))
    if (!line) throw new Error(`Bench d’envoi (${size}) sans résultat :\n${child.stderr}`)
    return JSON.parse(line) as Run
  })
  return [
    'Envoi au serveur Resend local (2 requêtes/s × 100 par lot = plafond 200 courriels/s)',
    ...runs.map(
      (run) =>
        `  ${run.recipients.toLocaleString('fr-BE')} abonnés : ${run.mails} courriels, ${run.duplicates} doublon(s), ${run.mailsPerSecond?.toFixed(0) ?? '–'} courriels/s en régime (${run.mailsPerSecond ? ((run.mailsPerSecond / 200) * 100).toFixed(0) : '–'} % du plafond), envoi ${run.totalSeconds.toFixed(0)} s préparation comprise, RSS max de l’expéditeur ${run.peakRssMb.toFixed(0)} Mo (${run.rssBeforeSendMb.toFixed(0)} Mo avant l’envoi) (création des abonnés du bench : ${run.subscribersSeconds.toFixed(0)} s)`,
    ),
    ...(runs.length > 1
      ? [`  RSS à ${runs.at(-1)?.recipients.toLocaleString('fr-BE')} / à ${runs[0]?.recipients.toLocaleString('fr-BE')} : ×${((runs.at(-1)?.peakRssMb ?? 0) / (runs[0]?.peakRssMb ?? 1)).toFixed(2)} (objectif : plat)`]
      : []),
  ]
}
