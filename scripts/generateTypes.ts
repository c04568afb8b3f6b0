/** npm run generate:types: rewrites src/payload-types.ts from the config (a test fails when it is stale). */
import './lib/bootstrapEnv'

import { generateTypes } from 'payload/node'

import config from '../payload.config'
import { runScript } from './lib/loadPayload'

runScript(async () => {
  await generateTypes(await config, { log: true })
})
