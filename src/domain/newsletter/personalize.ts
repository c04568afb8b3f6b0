import type { RecipientParts } from './types'

/**
 * Placeholders rendered once into an issue, then replaced per recipient. Plain ASCII that React
 * leaves untouched and that no content can contain by accident.
 */
export const RECIPIENT_TOKENS: RecipientParts = {
  greeting: '%%ACTUNIPSO_GREETING%%',
  unsubscribeUrl: '%%ACTUNIPSO_UNSUBSCRIBE_URL%%',
}

const TOKEN_NAMES = Object.keys(RECIPIENT_TOKENS) as Array<keyof RecipientParts>
const TOKEN_PATTERN = new RegExp(TOKEN_NAMES.map((name) => RECIPIENT_TOKENS[name]).join('|'), 'g')

/** Escapes text exactly as React 19 does in text and attributes, so substitution equals rendering. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) =>
    char === '&'
      ? '&amp;'
      : char === '<'
        ? '&lt;'
        : char === '>'
          ? '&gt;'
          : char === '"'
            ? '&quot;'
            : '&#x27;',
  )
}

/** A rendered issue split once at its placeholders: joining is all that is left per recipient. */
export type CompiledTemplate = {
  parts: string[]
  slots: Array<keyof RecipientParts>
  isHtml: boolean
}

export function compileTemplate({
  rendered,
  isHtml,
}: {
  rendered: string
  isHtml: boolean
}): CompiledTemplate {
  const parts: string[] = []
  const slots: Array<keyof RecipientParts> = []
  let cursor = 0
  for (const match of rendered.matchAll(TOKEN_PATTERN)) {
    parts.push(rendered.slice(cursor, match.index))
    slots.push(
      TOKEN_NAMES.find((name) => RECIPIENT_TOKENS[name] === match[0]) as keyof RecipientParts,
    )
    cursor = (match.index ?? 0) + match[0].length
  }
  parts.push(rendered.slice(cursor))
  return { parts, slots, isHtml }
}

/**
 * Fills one recipient's parts into a compiled template (Ghost's approach: render once, personalise
 * many). HTML values are escaped as React would have escaped them.
 *
 * @example personalize({ template: compileTemplate({ rendered: `<p>${RECIPIENT_TOKENS.greeting}</p>`, isHtml: true }), recipient: { greeting: 'Bonjour Anne & Co,', unsubscribeUrl: 'x' } })
 * // '<p>Bonjour Anne &amp; Co,</p>'
 */
export function personalize({
  template,
  recipient,
}: {
  template: CompiledTemplate
  recipient: RecipientParts
}): string {
  let out = template.parts[0] as string
  for (let index = 0; index < template.slots.length; index += 1) {
    const value = recipient[template.slots[index] as keyof RecipientParts]
    out += (template.isHtml ? escapeHtml(value) : value) + template.parts[index + 1]
  }
  return out
}

/** "Bonjour Anne," or "Bonjour," when the first name is unknown. */
export function greetingFor(firstName: string | null | undefined): string {
  const name = firstName?.trim()
  return name ? `Bonjour ${name},` : 'Bonjour,'
}
