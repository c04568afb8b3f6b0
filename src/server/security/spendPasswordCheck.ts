import crypto from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2 = promisify(crypto.pbkdf2)

/**
 * Payload's current password hash (payload/dist/auth/strategies/local/generatePasswordSaltHash.js:
 * PBKDF2-SHA256, 600,000 iterations, 32 bytes). Upgrading Payload may change them: the login
 * timings printed by tests/int/auth/loginAnswers.int.spec.ts then drift apart.
 */
const ITERATIONS = 600_000
const KEY_LENGTH = 32

/**
 * Spends the time of checking a password against a stored hash, for an address that has no
 * account (or a locked one, which Payload refuses before hashing): the answer's time then says
 * nothing about the address.
 */
export async function spendPasswordCheck(password: string): Promise<void> {
  await pbkdf2(password, crypto.randomBytes(32).toString('hex'), ITERATIONS, KEY_LENGTH, 'sha256')
}
