import fs from 'node:fs'
import path from 'node:path'

import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import { pendingSchemaChanges } from '@/server/database/pendingSchemaChanges'
import type { TestPayload } from '../helpers/testPayload'
import { getTestPayload } from '../helpers/testPayload'

/**
 * Generated files are committed; these tests fail when a collection changed without
 * `npm run generate:types` or `npm run migrate:create -- <name>`.
 */
describe('generated files', () => {
  let context: TestPayload

  beforeAll(async () => {
    context = await getTestPayload()
  })
  afterAll(async () => {
    delete process.env.PAYLOAD_TS_OUTPUT_PATH
    await context?.cleanup()
  })

  it('should run the tests on a temporary SQLite file, never data/', () => {
    expect([
      context.payload.db.name,
      process.env.DATABASE_URI?.startsWith(`file:${context.dir}/`),
    ]).toEqual(['sqlite', true])
  })

  it('should have src/payload-types.ts in sync with the collections', async () => {
    const output = path.join(context.dir, 'payload-types.ts')
    process.env.PAYLOAD_TS_OUTPUT_PATH = output
    await generateTypes(context.payload.config, { log: false })
    const committed = fs.readFileSync(path.resolve('src/payload-types.ts'), 'utf8')
    expect(fs.readFileSync(output, 'utf8') === committed).toBe(true)
  })

  it('should have the admin import map in sync with the config', async () => {
    const committedFile = path.resolve('src/app/(payload)/admin/importMap.js')
    // Beside the committed file, so that the relative import paths come out the same.
    const checkFile = path.resolve('src/app/(payload)/admin/importMap.check.js')
    const settings = context.payload.config.admin.importMap
    const original = settings.importMapFile
    settings.importMapFile = checkFile
    try {
      await generateImportMap(context.payload.config, { log: false, force: true })
      expect(fs.readFileSync(checkFile, 'utf8') === fs.readFileSync(committedFile, 'utf8')).toBe(
        true,
      )
    } finally {
      settings.importMapFile = original
      fs.rmSync(checkFile, { force: true })
    }
  })

  it('should have a committed migration for every schema change', async () => {
    expect(await pendingSchemaChanges(context.payload)).toEqual([])
  })
})
