/** npm run generate:importmap: rewrites the admin's import map of components. */
import { generateImportMap } from 'payload'

import { ensureLocalSecret } from './lib/localSecret'
import { projectRoot, runScript } from './lib/loadPayload'

runScript(async () => {
  ensureLocalSecret(projectRoot)
  const { default: config } = await import('../payload.config')
  await generateImportMap(await config, { log: true, force: true })
})
