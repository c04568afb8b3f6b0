/**
 * npm run bench: prints the project's performance figures and ratios. Numbers, not assertions:
 * tests never assert timings. `--full` measures the naive baselines in full instead of sampling, and
 * sends to 100,000 recipients besides 10,000 (about 25 minutes on 2 cores).
 */
import { calendarBench } from './bench/calendarBench'
import { emailBench } from './bench/emailBench'
import { importBench } from './bench/importBench'
import { sendingBench } from './bench/sendingBench'
import { subscriptionBench } from './bench/subscriptionBench'

const isFull = process.argv.includes('--full')

async function main() {
  const started = Date.now()
  console.log(
    `ActUNIPSO Publisher — bench (${new Date().toISOString()}, Node ${process.version})\n`,
  )
  for (const line of await emailBench({ naiveSample: isFull ? 10_000 : 1_000 })) console.log(line)
  console.log('')
  for (const line of calendarBench()) console.log(line)
  console.log('')
  for (const line of importBench({ lines: 100_000 })) console.log(line)
  console.log('')
  for (const line of sendingBench({ sizes: isFull ? [10_000, 100_000] : [10_000] }))
    console.log(line)
  console.log('')
  // Against `npm start` (builds first if the sources changed; NEXT_DIST_DIR picks the build folder).
  for (const line of await subscriptionBench()) console.log(line)
  console.log(`\nTerminé en ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
