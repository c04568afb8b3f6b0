import { createHash } from 'node:crypto'

import { normalizeEmail } from './subscription'

/**
 * What is kept of a person erased at their request (GDPR art. 17): a hash of their address, so
 * an import cannot bring them back, and nothing readable. The salt is fixed on purpose: the list
 * must survive a rotation of PAYLOAD_SECRET, and the hash is never shown or exported.
 */
export function suppressionHash(email: string): string {
  return createHash('sha256')
    .update(`actunipso-suppression:v1:${normalizeEmail(email)}`)
    .digest('hex')
}
