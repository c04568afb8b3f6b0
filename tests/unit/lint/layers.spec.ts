import { ESLint } from 'eslint'

import { projectRoot } from '../../../scripts/lib/projectRoot'

/**
 * The layer rules of eslint.config.mjs (README, « Layout ») on code written for the occasion:
 * each import is linted as if it were in the file named, with the project's own config.
 */
const eslint = new ESLint({ cwd: projectRoot })

async function restrictedImports({ code, filePath }: { code: string; filePath: string }) {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages
    .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((message) => message.message)
}

describe('layer rules', () => {
  describe('src/domain', () => {
    const filePath = 'src/domain/x/example.ts'

    it('should refuse Payload, Next, React, Resend and cron', async () => {
      for (const source of [
        'payload',
        '@payloadcms/db-sqlite',
        'next/server',
        'react',
        'resend',
        'node-cron',
      ]) {
        const messages = await restrictedImports({
          code: `import { a } from '${source}'\nexport const b = a\n`,
          filePath,
        })
        expect({ source, messages }).toEqual({
          source,
          messages: [expect.stringContaining('plain TypeScript')],
        })
      }
    })

    it('should refuse getPayload from payload', async () => {
      const messages = await restrictedImports({
        code: "import { getPayload } from 'payload'\nexport const load = getPayload\n",
        filePath,
      })
      expect(messages).toHaveLength(1)
    })

    it('should allow import type from the generated Payload types, and only that', async () => {
      expect(
        await restrictedImports({
          code: "import type { Issue } from '@/payload-types'\nexport type View = Issue\n",
          filePath,
        }),
      ).toEqual([])
      expect(
        await restrictedImports({
          code: "import { Issue } from '@/payload-types'\nexport const view = Issue\n",
          filePath,
        }),
      ).toHaveLength(1)
    })

    it('should refuse server code, the config reader, routes and collections, aliased or relative', async () => {
      for (const source of [
        '@/server/sending/runSend',
        '../../server/sending/runSend',
        'src/server/sending/runSend',
        '@/config/env',
        '@/app/(frontend)/page',
        '@collections/slugs',
        '../../../collections/slugs',
        '@payload-config',
      ]) {
        const messages = await restrictedImports({
          code: `import { a } from '${source}'\nexport const b = a\n`,
          filePath,
        })
        expect({ source, count: messages.length }).toEqual({ source, count: 1 })
      }
    })

    it('should allow other domain modules and plain libraries', async () => {
      expect(
        await restrictedImports({
          code: "import { DateTime } from 'luxon'\nimport { slugs } from '@/domain/content/slugs'\nimport { isEmailAddress } from '../mail/emailAddress'\nexport const all = [DateTime, slugs, isEmailAddress]\n",
          filePath,
        }),
      ).toEqual([])
    })
  })

  describe('src/server', () => {
    it('should refuse imports from src/app, aliased or relative', async () => {
      for (const source of [
        '@/app/(frontend)/newsletter/page',
        '../../app/newsletter/inscription/route',
      ]) {
        const messages = await restrictedImports({
          code: `import { a } from '${source}'\nexport const b = a\n`,
          filePath: 'src/server/newsletter/example.ts',
        })
        expect({ source, count: messages.length }).toEqual({ source, count: 1 })
      }
    })

    it('should refuse collections/ (slugs and roles live in src/domain)', async () => {
      const messages = await restrictedImports({
        code: "import { slugs } from '@collections/slugs'\nexport const s = slugs\n",
        filePath: 'src/server/seed/example.ts',
      })
      expect(messages).toEqual([expect.stringContaining('never imports collections/')])
    })
  })

  describe('src/components and src/app', () => {
    it('should refuse collections/', async () => {
      const messages = await restrictedImports({
        code: "import { roleOf } from '@collections/access/roleOf'\nexport const r = roleOf\n",
        filePath: 'src/components/admin/Example.tsx',
      })
      expect(messages).toHaveLength(1)
    })
  })

  describe('collections', () => {
    const code =
      "import { sendProgress } from '@/server/sending/sendProgress'\nexport const p = sendProgress\n"

    it('should refuse server code in collection configs, access and fields', async () => {
      for (const filePath of [
        'collections/Example.ts',
        'collections/access/isExample.ts',
        'collections/fields/exampleField.ts',
      ]) {
        expect({ filePath, messages: await restrictedImports({ code, filePath }) }).toEqual({
          filePath,
          messages: [expect.stringContaining('only hooks/ and endpoints/')],
        })
      }
    })

    it('should let hooks and endpoints call server code', async () => {
      for (const filePath of [
        'collections/hooks/exampleHook.ts',
        'collections/endpoints/exampleEndpoints.ts',
      ]) {
        expect({ filePath, messages: await restrictedImports({ code, filePath }) }).toEqual({
          filePath,
          messages: [],
        })
      }
    })

    it('should refuse routes, admin components and the Payload config everywhere in collections/', async () => {
      for (const source of [
        '@/app/(frontend)/page',
        '@/components/admin/Dashboard',
        '@payload-config',
        '../payload.config',
      ]) {
        const messages = await restrictedImports({
          code: `import { a } from '${source}'\nexport const b = a\n`,
          filePath: 'collections/endpoints/exampleEndpoints.ts',
        })
        expect({ source, count: messages.length }).toEqual({ source, count: 1 })
      }
    })
  })
})
