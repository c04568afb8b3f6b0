import type { Payload } from 'payload'

import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import { withTransaction } from '@/server/database/withTransaction'

/**
 * SQLite runs without transactions here (payload.config.ts says why): withTransaction undoes the
 * registered writes itself, so a failure half-way leaves nothing behind.
 */
describe('withTransaction on SQLite', () => {
  let context: TestPayload
  let payload: Payload
  const emails = async () =>
    (
      await payload.find({
        collection: 'subscribers',
        sort: 'email',
        pagination: false,
        overrideAccess: true,
      })
    ).docs.map((doc) => [doc.email, doc.firstName])

  beforeAll(async () => {
    context = await getTestPayload()
    payload = context.payload
    await payload.create({
      collection: 'subscribers',
      data: { email: 'avant@federation.be', firstName: 'Avant', status: 'active' },
      overrideAccess: true,
    })
  })
  afterAll(async () => {
    await context?.cleanup()
  })

  it('should undo every registered write, in reverse order, when the work fails half-way', async () => {
    const before = await emails()
    const error = await withTransaction(payload, async (req, onRollback) => {
      const created = await payload.create({
        collection: 'subscribers',
        data: { email: 'un@federation.be', status: 'active' },
        req,
        overrideAccess: true,
      })
      onRollback(() =>
        payload.delete({ collection: 'subscribers', id: created.id, overrideAccess: true }),
      )
      const [known] = (
        await payload.find({
          collection: 'subscribers',
          where: { email: { equals: 'avant@federation.be' } },
          req,
          overrideAccess: true,
        })
      ).docs
      await payload.update({
        collection: 'subscribers',
        id: known?.id as number,
        data: { firstName: 'Changé' },
        req,
        overrideAccess: true,
      })
      onRollback(() =>
        payload.update({
          collection: 'subscribers',
          id: known?.id as number,
          data: { firstName: 'Avant' },
          overrideAccess: true,
        }),
      )
      throw new Error('panne au milieu')
    }).catch((caught: unknown) => caught)
    expect([(error as Error).message, await emails()]).toEqual(['panne au milieu', before])
  })

  it('should keep every write of a successful run', async () => {
    await withTransaction(payload, async (req, onRollback) => {
      const created = await payload.create({
        collection: 'subscribers',
        data: { email: 'deux@federation.be', status: 'active' },
        req,
        overrideAccess: true,
      })
      onRollback(() =>
        payload.delete({ collection: 'subscribers', id: created.id, overrideAccess: true }),
      )
    })
    expect(await emails()).toEqual([
      ['avant@federation.be', 'Avant'],
      ['deux@federation.be', null],
    ])
  })
})
