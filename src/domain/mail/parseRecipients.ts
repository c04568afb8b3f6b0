import { isEmailAddress } from './emailAddress'

export const MAX_TEST_RECIPIENTS = 10

/** One address typed for a test send, with the display name typed before it, if any. */
export type TestRecipient = { address: string; name: string | null }

/**
 * Splits on commas, semicolons and line breaks, but not inside double quotes or angle brackets:
 * `"Dupont, Anne" <anne@x.be>` is one entry.
 */
function splitEntries(raw: string): string[] {
  const entries: string[] = []
  let current = ''
  let isQuoted = false
  let isBracketed = false
  for (const character of raw) {
    if (character === '"' && !isBracketed) isQuoted = !isQuoted
    else if (character === '<' && !isQuoted) isBracketed = true
    else if (character === '>' && !isQuoted) isBracketed = false
    if (!isQuoted && !isBracketed && /[,;\n\r]/.test(character)) {
      entries.push(current)
      current = ''
    } else current += character
  }
  entries.push(current)
  return entries.map((entry) => entry.trim()).filter(Boolean)
}

/** A display name safe to put back in a To: header: no quotes, brackets or control characters. */
function cleanName(value: string): string | null {
  const name = value
    .replace(/^"|"$/g, '')
    .replace(/[\p{Cc}\p{Cf}"\\<>]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
  return name || null
}

/** `Anne Dupont <anne@x.be>` or a bare address (several bare ones may be separated by spaces). */
function readEntry(entry: string): Array<{ typed: string; recipient: TestRecipient | null }> {
  const named = /^(.*)<([^<>]*)>$/s.exec(entry)
  if (named) {
    const address = (named[2] ?? '').trim().toLowerCase()
    return [
      {
        typed: entry,
        recipient: isEmailAddress(address) ? { address, name: cleanName(named[1] ?? '') } : null,
      },
    ]
  }
  return entry
    .split(/\s+/)
    .filter(Boolean)
    .map((typed) => ({
      typed,
      recipient: isEmailAddress(typed) ? { address: typed.toLowerCase(), name: null } : null,
    }))
}

/**
 * Reads the addresses a user typed for a test send: "a@x.be, b@y.be", one per line, or as mail
 * clients copy them, `Anne Dupont <anne@x.be>; "Dupont, Bob" <bob@x.be>`. Returns the recipients
 * (each address once, lower-cased, the first name typed for it kept) or a French message naming
 * what is wrong.
 *
 * @example parseRecipients('anne@unipso.be; Bob Martin <Bob@unipso.be>')
 * // { recipients: [{ address: 'anne@unipso.be', name: null }, { address: 'bob@unipso.be', name: 'Bob Martin' }] }
 */
export function parseRecipients(
  input: unknown,
): { recipients: TestRecipient[] } | { error: string } {
  const raw = Array.isArray(input) ? input.join(',') : typeof input === 'string' ? input : ''
  const read = splitEntries(raw).flatMap(readEntry)
  if (read.length === 0) return { error: 'Indiquez au moins une adresse de courriel.' }
  const invalid = read.filter((entry) => entry.recipient === null).map((entry) => entry.typed)
  if (invalid.length > 0) return { error: `Adresse invalide : ${invalid.join(', ')}` }
  const byAddress = new Map<string, TestRecipient>()
  for (const { recipient } of read)
    if (recipient && !byAddress.has(recipient.address)) byAddress.set(recipient.address, recipient)
  if (byAddress.size > MAX_TEST_RECIPIENTS)
    return { error: `Un envoi de test va à ${MAX_TEST_RECIPIENTS} adresses au plus.` }
  return { recipients: [...byAddress.values()] }
}

/**
 * The To: value of one test mail: the bare address, or `"Name" <address>` when a name was typed.
 *
 * @example toHeaderValue({ address: 'anne@x.be', name: 'Anne Dupont' }) // '"Anne Dupont" <anne@x.be>'
 */
export function toHeaderValue({ address, name }: TestRecipient): string {
  return name ? `"${name}" <${address}>` : address
}

/**
 * The first name a test mail greets: the sending staff member's own, in the test they send to
 * themself; nobody else's name ever (a test mail shows « Bonjour, » to every other recipient, never
 * a placeholder like « Bonjour Prénom, »).
 *
 * @example testGreetingName({ recipient: { address: 'anne@unipso.be', name: null }, sender: { email: 'Anne@unipso.be', name: 'Anne Dupont' } }) // 'Anne'
 */
export function testGreetingName({
  recipient,
  sender,
}: {
  recipient: TestRecipient
  sender: { email?: string | null; name?: string | null } | null
}): string | null {
  if (!sender?.email || sender.email.trim().toLowerCase() !== recipient.address) return null
  return sender.name?.trim().split(/\s+/)[0] || null
}
