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

/** Runs a script's main function, prints a clear error and sets the exit code. */
export function runScript(main: () => Promise<void>): void {
  keepAlive(main).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`)
      if (process.env.DEBUG && error instanceof Error) console.error(error.stack)
      process.exit(1)
    },
  )
}
