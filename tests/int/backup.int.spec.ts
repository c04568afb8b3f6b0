import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'

import type { TestPayload } from '../helpers/testPayload'
import { getTestPayload } from '../helpers/testPayload'
import { backupSqlite } from '@/server/backup/backupSqlite'
import { migrations } from '@/migrations'

/** Reads a copy on its own connection, as a restore would. */
async function queryCopy(filePath: string, sql: string): Promise<number> {
  const copy = createClient({ url: `file:${filePath}` })
  try {
    return Number((await copy.execute(sql)).rows[0]?.[0])
  } finally {
    copy.close()
  }
}

/**
 * npm run backup: VACUUM INTO on the live WAL database while other connections write: Payload's
 * (the app's path, auto-committed writes) and a raw libsql connection holding real transactions.
 * Payload's SQLite adapter runs without transactions (no `transactionOptions`), so the
 * all-or-nothing case is written with BEGIN/COMMIT on a probe table of the temporary database.
 */
describe('backup of the SQLite database', () => {
  let context: TestPayload
  let payload: Payload
  let sourcePath: string
  let backupDir: string
  let copyNumber = 0
  const nextTarget = () => path.join(backupDir, `copie-${(copyNumber += 1)}.db`)
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  const countSubscribers = async () =>
    (await payload.count({ collection: 'subscribers', overrideAccess: true })).totalDocs

  /** A second connection to the live file, writing in real transactions. */
  const openWriter = async () => {
    const client = createClient({ url: `file:${sourcePath}` })
    await client.execute('PRAGMA busy_timeout = 10000')
    return client
  }

  beforeAll(async () => {
    context = await getTestPayload()
    payload = context.payload
    sourcePath = path.join(context.dir, 'test.db')
    backupDir = path.join(context.dir, 'sauvegardes')
    for (let index = 0; index < 50; index += 1)
      await payload.create({
        collection: 'subscribers',
        data: { email: `base${index}@federation.be`, status: 'active' },
      })
    const writer = await openWriter()
    await writer.execute('CREATE TABLE backup_probe (pair INTEGER NOT NULL, half TEXT NOT NULL)')
    writer.close()
  })
  afterAll(async () => {
    await context?.cleanup()
  })

  it('should copy while another connection holds an open write transaction, without its uncommitted rows', async () => {
    const writer = await openWriter()
    const transaction = await writer.transaction('write')
    await transaction.execute("INSERT INTO backup_probe (pair, half) VALUES (-1, 'a')")
    const target = nextTarget()
    let result
    try {
      result = await backupSqlite({ sourcePath, targetPath: target })
    } finally {
      await transaction.commit()
      writer.close()
    }
    expect([result.integrity, result.counts.subscribers, result.counts.payload_migrations]).toEqual(
      ['ok', 50, migrations.length],
    )
    expect(await queryCopy(target, 'SELECT count(*) FROM backup_probe WHERE pair = -1')).toBe(0)
  })

  it('should give consistent copies, with what is still in the WAL, while both connections write without pause', async () => {
    let isWriting = true
    let pairs = 0
    let created = 0
    const writer = await openWriter()
    const probeWriter = (async () => {
      while (isWriting) {
        // One transaction (BEGIN IMMEDIATE … COMMIT) on this connection, which waits for the lock.
        await writer.batch(
          [
            { sql: "INSERT INTO backup_probe (pair, half) VALUES (?, 'a')", args: [pairs] },
            { sql: "INSERT INTO backup_probe (pair, half) VALUES (?, 'b')", args: [pairs] },
          ],
          'write',
        )
        pairs += 1
        await sleep(5)
      }
    })()
    const payloadWriter = (async () => {
      while (isWriting) {
        await payload.create({
          collection: 'subscribers',
          data: { email: `flux${created}@federation.be`, status: 'active' },
        })
        created += 1
        await sleep(5)
      }
    })()
    const copies: Array<{
      target: string
      subscribersBefore: number
      subscribers: number
      integrity: string
    }> = []
    let writesAtStart = 0
    try {
      while (pairs < 3 || created < 3) await sleep(10)
      writesAtStart = pairs + created
      for (let index = 0; index < 5; index += 1) {
        const target = nextTarget()
        const subscribersBefore = await countSubscribers()
        const result = await backupSqlite({ sourcePath, targetPath: target })
        copies.push({
          target,
          subscribersBefore,
          subscribers: result.counts.subscribers as number,
          integrity: result.integrity,
        })
        await sleep(20)
      }
    } finally {
      isWriting = false
      await Promise.allSettled([probeWriter, payloadWriter])
      writer.close()
    }
    const subscribersAtEnd = await countSubscribers()
    const probes = await Promise.all(
      copies.map(async ({ target }) => ({
        a: await queryCopy(
          target,
          "SELECT count(*) FROM backup_probe WHERE pair >= 0 AND half = 'a'",
        ),
        b: await queryCopy(
          target,
          "SELECT count(*) FROM backup_probe WHERE pair >= 0 AND half = 'b'",
        ),
      })),
    )
    // Both writers went on during the copies, without an error…
    expect(
      (await Promise.allSettled([probeWriter, payloadWriter])).map((outcome) => outcome.status),
    ).toEqual(['fulfilled', 'fulfilled'])
    expect(pairs + created).toBeGreaterThan(writesAtStart + 5)
    // …every copy is whole (no half transaction) and holds the rows committed before it started,
    // most of them still in the WAL (no checkpoint is forced).
    expect(copies.map((copy) => copy.integrity)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok'])
    expect(probes.filter(({ a, b }) => a !== b || a < 3)).toEqual([])
    expect(
      copies.filter(
        (copy) => copy.subscribers < copy.subscribersBefore || copy.subscribers > subscribersAtEnd,
      ),
    ).toEqual([])
  })

  it('should refuse to overwrite an existing file', async () => {
    const target = nextTarget()
    fs.mkdirSync(backupDir, { recursive: true })
    fs.writeFileSync(target, 'précieux')
    await expect(backupSqlite({ sourcePath, targetPath: target })).rejects.toThrow(
      `${target} existe déjà : choisissez un autre fichier.`,
    )
    expect(fs.readFileSync(target, 'utf8')).toBe('précieux')
  })

  const runBackup = (args: string[], env: Record<string, string>) => {
    const result = spawnSync(
      path.resolve('node_modules/.bin/tsx'),
      ['scripts/backup.ts', ...args],
      {
        cwd: process.cwd(),
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          NODE_ENV: 'development',
          PAYLOAD_SECRET: 'x'.repeat(40),
          ...env,
        },
        encoding: 'utf8',
        timeout: 120_000,
      },
    )
    return { status: result.status, output: `${result.stdout}${result.stderr}` }
  }

  it('should write a dated copy into the directory given and print its size, duration and integrity', () => {
    const dir = path.join(context.dir, 'script')
    fs.mkdirSync(dir)
    const { status, output } = runBackup([dir], { DATABASE_URI: `file:${sourcePath}` })
    const files = fs.readdirSync(dir)
    expect([status, files.length, files[0]]).toEqual([
      0,
      1,
      expect.stringMatching(/^actunipso-\d{8}-\d{6}\.db$/),
    ])
    expect(output).toMatch(
      /✔ Sauvegarde : .*actunipso-\d{8}-\d{6}\.db\n {2}\d+,\d Mo en \d+(,\d)? ?m?s · intégrité : ok\n {2}lignes : issues 0, articles 0, subscribers \d+, deliveries 0, payload_migrations \d+/,
    )
  })

  it('should point to mongodump with MongoDB, and exit 1 without a stack trace', () => {
    const { status, output } = runBackup([], {
      DATABASE_URI: 'mongodb://db1:27017,db2:27017/actunipso?replicaSet=rs0',
    })
    expect([
      status,
      output.includes('mongodump --uri "$DATABASE_URI"'),
      /^\s+at /m.test(output),
    ]).toEqual([1, true, false])
  })
})
