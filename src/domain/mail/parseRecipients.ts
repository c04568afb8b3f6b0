import { isEmailAddress } from './emailAddress'

export const MAX_TEST_RECIPIENTS = 10

/**
 * Reads the addresses a user typed for a test send ("a@x.be, b@y.be" or one per line).
 * Returns the unique addresses or a French message naming what is wrong.
 *
 * @example parseRecipients('anne@unipso.be; bob@unipso.be') // { addresses: ['anne@unipso.be', 'bob@unipso.be'] }
 */
export function parseRecipients(input: unknown): { addresses: string[] } | { error: string } {
  const raw = Array.isArray(input) ? input.join(',') : typeof input === 'string' ? input : ''
  const parts = raw
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean)
  if (parts.length === 0) return { error: 'Indiquez au moins une adresse de courriel.' }
  const invalid = parts.filter((part) => !isEmailAddress(part))
  if (invalid.length > 0) return { error: `Adresse invalide : ${invalid.join(', ')}` }
  const addresses = [...new Set(parts.map((part) => part.toLowerCase()))]
  if (addresses.length > MAX_TEST_RECIPIENTS)
    return { error: `Un envoi de test va à ${MAX_TEST_RECIPIENTS} adresses au plus.` }
  return { addresses }
}
