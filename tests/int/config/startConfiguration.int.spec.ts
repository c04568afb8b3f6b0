import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * `npm start` with a bad configuration: scripts/bootstrap.mjs hands over to scripts/start.ts, which
 * must stop before building or touching a database, with the one message and no stack trace.
 */
function start(env: Record<string, string> & { NODE_ENV: 'development' | 'production' }) {
  const result = spawnSync(process.execPath, ['scripts/bootstrap.mjs', 'start'], {
    cwd: process.cwd(),
    // Only what we give: the test must not inherit a PAYLOAD_SECRET or a DATABASE_URI.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

describe('npm start with an invalid configuration', () => {
  let dir: string
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actunipso-config-'))
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('should stop in production without PAYLOAD_SECRET, listing every problem once, without a stack trace', () => {
    const { status, output } = start({
      NODE_ENV: 'production',
      DATABASE_URI: 'postgres://admin:S3cr3t@db.example.net/actunipso',
      RESEND_API_KEY: 're_123456789_abcdefghijklmnop',
    })
    expect({
      status,
      problems: output.match(/^ {2}- [A-Z_]+:/gm),
      hasStack: /^\s+at /m.test(output),
      hasPassword: output.includes('S3cr3t'),
      hasBuilt: output.includes('Build'),
    }).toEqual({
      status: 1,
      problems: ['  - DATABASE_URI:', '  - PAYLOAD_SECRET:', '  - RESEND_WEBHOOK_SECRET:'],
      hasStack: false,
      hasPassword: false,
      hasBuilt: false,
    })
  })

  it('should say what to set for a Resend key without its webhook secret', () => {
    const { status, output } = start({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'x'.repeat(40),
      DATABASE_URI: `file:${path.join(dir, 'never-created.db')}`,
      RESEND_API_KEY: 're_123456789_abcdefghijklmnop',
    })
    expect([status, output.trim()]).toEqual([
      1,
      '✖ Configuration invalide :\n  - RESEND_WEBHOOK_SECRET: RESEND_WEBHOOK_SECRET manque alors que RESEND_API_KEY est défini : sans lui, les rebonds et plaintes ne sont jamais enregistrés. Créez le webhook dans Resend (Webhooks > Add endpoint, URL <SERVER_URL>/api/webhooks/resend) et copiez son secret « whsec_… » dans RESEND_WEBHOOK_SECRET.',
    ])
    expect(fs.existsSync(path.join(dir, 'never-created.db'))).toBe(false)
  })
})
