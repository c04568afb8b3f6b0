import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { ensureLocalSecret } from './localSecret'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Loads the Payload config and an initialised Payload instance for a script. */
export async function loadPayload(): Promise<Payload> {
  ensureLocalSecret(projectRoot)
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  return getPayload({ config })
}

/** Runs a script's main function, prints a clear error and sets the exit code. */
export function runScript(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`)
      if (process.env.DEBUG && error instanceof Error) console.error(error.stack)
      process.exit(1)
    },
  )
}
