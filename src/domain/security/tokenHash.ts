import crypto from 'node:crypto'

/**
 * Single-use links (subscription confirmation, erasure confirmation) keep only a SHA-256 hash of
 * their token: someone who reads the table (a backup, an admin) cannot follow the links it lists.
 *
 * @example hashToken('Ab3dE_9x.q…') // '5f1c…' (64 hexadecimal characters)
 */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex')
}

/** Whether a token hashes to the stored hash, compared in constant time. */
export function tokenHashMatches(token: string, storedHash: string | null | undefined): boolean {
  const given = Buffer.from(hashToken(token), 'hex')
  const stored = Buffer.from(
    /^[0-9a-f]{64}$/.test(storedHash ?? '') ? (storedHash as string) : '0'.repeat(64),
    'hex',
  )
  return crypto.timingSafeEqual(given, stored) && given.length === 32 && Boolean(storedHash)
}
