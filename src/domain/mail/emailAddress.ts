/**
 * What the whole app accepts as an email address (subscriptions, imports, test sends, Resend
 * requests): one `@`, a dot in the domain, no spaces, brackets, quotes, commas or semicolons, and
 * no invisible character.
 */
const EMAIL_ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/

/**
 * Characters that show as nothing, or as a plain space, once pasted: format characters (\p{Cf}:
 * zero-width space and joiners, soft hyphen, bidi marks and isolates, BOM), control characters
 * (\p{Cc}), every space but the ordinary one (the other \p{Zs}: no-break and thin spaces; \p{Zl},
 * \p{Zp}: line and paragraph separators),
 * and the letters that render blank (Hangul fillers, braille blank). An address holding one looks
 * right to the person and the staff, and is never delivered.
 */
const INVISIBLE =
  /[\p{Cf}\p{Cc}\p{Zl}\p{Zp}\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u115F\u1160\u3164\uFFA0\u2800]/u

/** Ordinary spaces, tabs and line breaks around a typed address are trimmed, not refused. */
const trimTyped = (value: string) => value.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '')

/**
 * The first invisible character of a typed address, as `U+XXXX`, or null. Surrounding ordinary
 * spaces and line breaks do not count (they are trimmed).
 *
 * @example invisibleCharacterIn('anne\u200b@unipso.be') // 'U+200B'
 */
export function invisibleCharacterIn(value: string): string | null {
  const found = INVISIBLE.exec(trimTyped(value))?.[0]
  if (found === undefined) return null
  return `U+${(found.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`
}

/** Why a typed address is refused, or null when it is accepted. */
export function emailAddressProblem(value: unknown): 'invisible' | 'invalid' | null {
  if (typeof value !== 'string') return 'invalid'
  if (invisibleCharacterIn(value)) return 'invisible'
  return EMAIL_ADDRESS.test(trimTyped(value)) ? null : 'invalid'
}

/** The French message for each refusal, for forms and import reports. */
export const EMAIL_ADDRESS_MESSAGES = {
  invalid: 'Indiquez une adresse de courriel valide.',
  invisible:
    'L’adresse contient un caractère invisible (espace insécable, espace de largeur nulle, trait d’union conditionnel ou marque de direction), souvent ajouté par un copier-coller : tapez-la au clavier.',
} as const satisfies Record<NonNullable<ReturnType<typeof emailAddressProblem>>, string>

export function isEmailAddress(value: unknown): value is string {
  return emailAddressProblem(value) === null
}
