import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import type { TestPayload } from '../helpers/testPayload'
import { getTestPayload } from '../helpers/testPayload'
import { seedDemo } from '@/server/seed/seedDemo'

/** A seed refused on its last record leaves an empty database, so the next start loads it again. */
describe('seedDemo all-or-nothing', () => {
  let context: TestPayload
  let payload: Payload
  const seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'actunipso-seed-'))

  beforeAll(async () => {
    context = await getTestPayload()
    payload = context.payload
    for (const name of fs.readdirSync('scripts/seed'))
      fs.copyFileSync(path.join('scripts/seed', name), path.join(seedDir, name))
    const upcoming = path.join(seedDir, 'upcoming.yaml')
    // The next issue is the very last record written: make it name an article that does not exist.
    fs.writeFileSync(
      upcoming,
      fs
        .readFileSync(upcoming, 'utf8')
        .replace('articles: [suivi-rencontres-ministres,', 'articles: [article-inconnu,'),
    )
  })
  afterAll(async () => {
    fs.rmSync(seedDir, { recursive: true, force: true })
    await context?.cleanup()
  })

  it('should remove everything it wrote when a record is refused, and name the record', async () => {
    const error = await seedDemo({
      payload,
      seedDir,
      today: new Date('2026-11-23T10:00:00.000Z'),
    }).catch((caught: unknown) => caught)
    const counts = await Promise.all(
      (
        [
          'articles',
          'agenda-items',
          'conferences',
          'meetings',
          'issues',
          'staff',
          'rubrics',
          'venues',
        ] as const
      ).map(
        async (collection) => (await payload.count({ collection, overrideAccess: true })).totalDocs,
      ),
    )
    expect([(error as Error).message.includes('article-inconnu'), counts]).toEqual([
      true,
      [0, 0, 0, 0, 0, 0, 0, 0],
    ])
  })
})
