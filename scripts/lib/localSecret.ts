import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * A newcomer has no PAYLOAD_SECRET. Rather than a fixed default (which would sign every
 * installation's sessions with the same key), the first run writes a random one under data/
 * and later runs reuse it, so logins survive restarts. Production (NODE_ENV=production) sets
 * PAYLOAD_SECRET itself: there a missing secret stops the start (src/config/env.ts) instead of
 * being invented on one server's disk.
 */
export function ensureLocalSecret(projectRoot: string): void {
  if (process.env.PAYLOAD_SECRET || process.env.NODE_ENV === 'production') return
  const secretFile = path.join(projectRoot, 'data', '.payload-secret')
  if (!fs.existsSync(secretFile)) {
    fs.mkdirSync(path.dirname(secretFile), { recursive: true })
    fs.writeFileSync(secretFile, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  process.env.PAYLOAD_SECRET = fs.readFileSync(secretFile, 'utf8').trim()
}
