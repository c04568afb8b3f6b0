/** Imported first by scripts that work on a throw-away database: set before the config loads. */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const fixtureDir = fs.mkdtempSync(path.join(os.tmpdir(), 'actunipso-fixture-'))
process.env.DATABASE_URI = `file:${path.join(fixtureDir, 'fixture.db')}`
process.env.PAYLOAD_SECRET ??= crypto.randomBytes(32).toString('hex')
process.env.LOG_LEVEL = 'warn'
