/**
 * The subscriber-import bench: a 100,000-line CSV parsed and planned (every decision of an import,
 * nothing written) in a child process of its own, so that its peak RSS is the import's alone.
 * `tsx scripts/bench/importBench.ts` runs it alone.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import v8 from 'node:v8'

import { planImport } from '../../src/domain/subscribers/importPlan'
import { readCsv } from '../../src/server/subscribers/readCsv'

type Measure = {
  mode: 'idle' | 'import'
  seconds: number
  peakRssMb: number
  heapCommittedMb: number
  liveHeapMb: number
  rows: number
  toCreate: number
  rejected: number
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

/** A Belgian-spreadsheet CSV: ";" separated, quoted organisations, one bad address in 1,000. */
function writeCsv({ file, lines }: { file: string; lines: number }): void {
  const out = fs.openSync(file, 'w')
  fs.writeSync(out, '\uFEFFemail;prénom;nom;organisation\r\n')
  let chunk = ''
  for (let index = 1; index < lines; index += 1) {
    const email = index % 1_000 === 0 ? `adresse-${index}` : `abonne.${index}@federation.be`
    chunk += `${email};Prénom ${index};Nom ${index};"Fédération ${index % 97} ; services"\r\n`
    if (chunk.length > 1 << 20) {
      fs.writeSync(out, chunk)
      chunk = ''
    }
  }
  fs.writeSync(out, chunk)
  fs.closeSync(out)
}

async function parseAndPlan(file: string): Promise<Omit<Measure, 'mode' | 'seconds'> & object> {
  const parsed = await readCsv(fs.createReadStream(file, 'utf8'))
  if ('error' in parsed) throw new Error(parsed.error)
  const planned = planImport({ table: parsed.table, existing: new Map() })
  if ('error' in planned) throw new Error(planned.error)
  global.gc?.()
  return {
    peakRssMb: 0,
    heapCommittedMb: mb(v8.getHeapStatistics().total_heap_size),
    liveHeapMb: mb(process.memoryUsage().heapUsed),
    rows:
      planned.plan.toCreate.length + planned.plan.toUpdate.length + planned.plan.rejected.length,
    toCreate: planned.plan.toCreate.length,
    rejected: planned.plan.rejected.length,
  }
}

/** In the child: one measure, printed as a JSON line. */
async function child([mode, file]: string[]): Promise<void> {
  const started = performance.now()
  const figures =
    mode === 'import'
      ? await parseAndPlan(file as string)
      : {
          heapCommittedMb: mb(v8.getHeapStatistics().total_heap_size),
          liveHeapMb: mb(process.memoryUsage().heapUsed),
          rows: 0,
          toCreate: 0,
          rejected: 0,
        }
  const measure: Measure = {
    mode: mode as Measure['mode'],
    ...figures,
    seconds: (performance.now() - started) / 1000,
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
  }
  console.log(JSON.stringify(measure))
}

function measure(args: string[]): Measure {
  const result = spawnSync(
    process.execPath,
    [path.resolve('node_modules/tsx/dist/cli.mjs'), fileURLToPath(import.meta.url), ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, IMPORT_BENCH_CHILD: '1', NODE_OPTIONS: '--expose-gc' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const line = result.stdout
    .trim()
    .split('\n')
    .reverse()
    .find((candidate) => candidate.startsWith('{'))
  if (!line) throw new Error(`Bench d’import sans résultat (code ${result.status}).`)
  return JSON.parse(line) as Measure
}

export function importBench({ lines = 100_000 }: { lines?: number } = {}): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actunipso-bench-import-'))
  try {
    const file = path.join(dir, 'abonnes.csv')
    writeCsv({ file, lines })
    const idle = measure(['idle'])
    const run = measure(['import', file])
    return [
      `Import d’abonnés : ${lines.toLocaleString('fr-BE')} lignes (${mb(fs.statSync(file).size)} Mo), lecture + plan (rien d’écrit)`,
      `  ${run.seconds.toFixed(2)} s, ${run.toCreate.toLocaleString('fr-BE')} à créer, ${run.rejected} refusées`,
      `  RSS max ${run.peakRssMb} Mo (processus vide : ${idle.peakRssMb} Mo), tas V8 réservé ${run.heapCommittedMb} Mo, tas vivant après GC (plan gardé) ${run.liveHeapMb} Mo (vide : ${idle.liveHeapMb} Mo)`,
    ]
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (process.env.IMPORT_BENCH_CHILD) {
  void child(process.argv.slice(2))
} else if (path.resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  for (const line of importBench()) console.log(line)
}
