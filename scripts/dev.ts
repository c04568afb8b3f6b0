/** npm run dev: migrate the configured database, then run Next in development mode. */
import './lib/bootstrapEnv'

import { spawn } from 'node:child_process'
import path from 'node:path'

import { keepAlive, projectRoot } from './lib/loadPayload'
import { prepareDatabase } from './lib/prepareDatabase'

keepAlive(() => prepareDatabase((line) => console.log(`• ${line}`))).then(
  () => {
    const next = spawn(path.join(projectRoot, 'node_modules', '.bin', 'next'), ['dev'], {
      cwd: projectRoot,
      stdio: 'inherit',
    })
    next.on('exit', (code) => process.exit(code ?? 0))
  },
  (error: unknown) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
