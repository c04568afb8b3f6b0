import crypto from 'node:crypto'

/**
 * A secret token (member feeds, subscriber links): "<lookup>.<secret>". The lookup part finds the row; the whole token is
 * then compared in constant time, so response time says nothing about how much of a guess was right.
 * 48 + 256 random bits.
 */
const TOKEN_PATTERN = /^([A-Za-z0-9_-]{8})\.([A-Za-z0-9_-]{43})$/

export function newSecretToken(): { token: string; lookup: string } {
  const lookup = crypto.randomBytes(6).toString('base64url')
  return { token: `${lookup}.${crypto.randomBytes(32).toString('base64url')}`, lookup }
}

/** The lookup part of a well-formed token, or null (path tricks, wrong length, other characters). */
export function tokenLookup(token: string): string | null {
  return TOKEN_PATTERN.exec(token)?.[1] ?? null
}

/** Constant-time equality of two tokens, whatever their lengths. */
export function tokensMatch(given: string, stored: string | null | undefined): boolean {
  const a = crypto.createHash('sha256').update(given).digest()
  const b = crypto
    .createHash('sha256')
    .update(stored ?? '\u0000no-token')
    .digest()
  return crypto.timingSafeEqual(a, b) && Boolean(stored)
}
