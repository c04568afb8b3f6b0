import './bootstrapEnv'

import type { Payload } from 'payload'
import { getPayload } from 'payload'

import config from '../../payload.config'

export { projectRoot } from './projectRoot'

/**
 * Loads an initialised Payload instance for a script. The config is imported statically: under
 * tsx on Node 20, a dynamic import() of it could leave the process hanging or exit it silently
 * with code 0 mid-way. Instances are cached per `key`: one destroyed under a key is never handed
 * out again under another.
 */
export async function loadPayload({ key }: { key?: string } = {}): Promise<Payload> {
  return getPayload({ config, key })
}

/** Keeps the event loop alive while `work` runs (a script must never end silently half-way). */
export async function keepAlive<T>(work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => {}, 60_000)
  try {
    return await work()
  } finally {
    clearInterval(timer)
  }
}

/**
 * A script whose main function has not settled must not end with code 0 (a dependency calling
 * process.exit(0) half-way, as Payload's CLI did): say so and exit non-zero. A stall that empties
 * the event loop is bootstrapEnv's guard (silentExitGuard).
 */
function guardUnsettledExit(isSettled: () => boolean): void {
  process.on('exit', (code) => {
    if (isSettled() || code !== 0) return
    console.error(
      '\n✖ Le script s’est arrêté avant d’avoir terminé : rien n’a été confirmé. Relancez la commande (avec DEBUG=1 pour plus de détails).',
    )
    process.exitCode = 1
  })
}

/**
 * Runs a script's main function, prints a clear error and sets the exit code: the number `main`
 * returns (0 when none), 1 when it throws.
 */
export function runScript(main: () => Promise<number | void>): void {
  let isSettled = false
  guardUnsettledExit(() => isSettled)
  keepAlive(main).then(
    (code) => {
      isSettled = true
      process.exit(code ?? 0)
    },
    (error: unknown) => {
      isSettled = true
      console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`)
      if (process.env.DEBUG && error instanceof Error) console.error(error.stack)
      process.exit(1)
    },
  )
}
