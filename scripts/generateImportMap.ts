/** npm run generate:importmap: rewrites the admin's import map of components. */
import './lib/bootstrapEnv'

import { generateImportMap } from 'payload'

import config from '../payload.config'
import { runScript } from './lib/loadPayload'

runScript(async () => {
  await generateImportMap(await config, { log: true, force: true })
})
