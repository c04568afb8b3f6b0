import crypto from 'node:crypto'

/**
 * The adapter is chosen from DATABASE_URI when the config loads. No MongoDB server exists on
 * these machines, so this checks the choice and the adapter's settings without connecting.
 */
describe('payload.config database choice', () => {
  it('should select the MongoDB adapter for a mongodb+srv:// URI', async () => {
    process.env.DATABASE_URI = 'mongodb+srv://user:secret@cluster.example/actunipso'
    process.env.PAYLOAD_SECRET = crypto.randomBytes(32).toString('hex')
    const { default: configPromise } = await import('@payload-config')
    const config = await configPromise
    expect([config.db.name, config.db.defaultIDType]).toEqual(['mongoose', 'text'])
  })
})
