/** npm run generate:types: rewrites src/payload-types.ts from the config (a test fails when it is stale). */
import { generateTypes } from 'payload/node'

import { ensureLocalSecret } from './lib/localSecret'
import { projectRoot, runScript } from './lib/loadPayload'

runScript(async () => {
  ensureLocalSecret(projectRoot)
  const { default: config } = await import('../payload.config')
  await generateTypes(await config, { log: true })
})
