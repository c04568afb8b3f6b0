/**
 * Imported first by every script (ES modules evaluate imports in order): guards against a silent
 * start-up stall, gives the config the environment it needs before it is evaluated, without
 * dynamic import(), then checks it. An invalid
 * configuration stops here with its one message, before payload.config (which reads it at import)
 * would throw it again with a stack trace.
 */
import { ConfigurationError, readEnv } from '../../src/config/env'
import { ensureLocalSecret } from './localSecret'
import { projectRoot } from './projectRoot'
import { guardSilentExit } from './silentExitGuard'

guardSilentExit()

ensureLocalSecret(projectRoot)
try {
  readEnv()
} catch (error) {
  if (!(error instanceof ConfigurationError)) throw error
  console.error(`\n✖ ${error.message}\n`)
  process.exit(1)
}
