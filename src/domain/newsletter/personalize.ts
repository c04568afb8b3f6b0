import type { RecipientParts } from './types'

/**
 * Placeholders rendered once into an issue, then replaced per recipient. Plain ASCII that React
 * leaves untouched and that no content can contain by accident.
 */
export const RECIPIENT_TOKENS: RecipientParts = {
  greeting: '%%ACTUNIPSO_GREETING%%',
  unsubscribeUrl: '%%ACTUNIPSO_UNSUBSCRIBE_URL%%',
}

/**
 * The « Gérer mon abonnement » link's placeholder. Its value is not one more recipient part: it is
 * the unsubscribe link's address on the subscriber's own page (same token), so every place that
 * knows a recipient's unsubscribe link (deliveries, test sends) gives the right one.
 */
export const MANAGE_URL_TOKEN = '%%ACTUNIPSO_MANAGE_URL%%'

/**
 * The subscriber's own page for an unsubscribe link: /newsletter/abonnement with the same token.
 * The unsubscribe placeholder gives the manage placeholder, so rendering once then personalising
 * equals rendering for the recipient.
 *
 * @example manageUrlFor('https://a.be/newsletter/desinscription?token=t') // 'https://a.be/newsletter/abonnement?token=t'
 */
export function manageUrlFor(unsubscribeUrl: string): string {
  if (unsubscribeUrl === RECIPIENT_TOKENS.unsubscribeUrl) return MANAGE_URL_TOKEN
  return unsubscribeUrl.replace('/newsletter/desinscription?', '/newsletter/abonnement?')
}

/** A place in a rendered issue that differs per recipient. */
export type RecipientSlot = keyof RecipientParts | 'manageUrl'

const SLOT_TOKENS: Record<RecipientSlot, string> = {
  ...RECIPIENT_TOKENS,
  manageUrl: MANAGE_URL_TOKEN,
}
const TOKEN_NAMES = Object.keys(SLOT_TOKENS) as RecipientSlot[]
const TOKEN_PATTERN = new RegExp(TOKEN_NAMES.map((name) => SLOT_TOKENS[name]).join('|'), 'g')

const slotValue = (recipient: RecipientParts, slot: RecipientSlot) =>
  slot === 'manageUrl' ? manageUrlFor(recipient.unsubscribeUrl) : recipient[slot]

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
  slots: RecipientSlot[]
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
  const slots: RecipientSlot[] = []
  let cursor = 0
  for (const match of rendered.matchAll(TOKEN_PATTERN)) {
    parts.push(rendered.slice(cursor, match.index))
    slots.push(TOKEN_NAMES.find((name) => SLOT_TOKENS[name] === match[0]) as RecipientSlot)
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
    const value = slotValue(recipient, template.slots[index] as RecipientSlot)
    out += (template.isHtml ? escapeHtml(value) : value) + template.parts[index + 1]
  }
  return out
}

/** "Bonjour Anne," or "Bonjour," when the first name is unknown. */
export function greetingFor(firstName: string | null | undefined): string {
  const name = firstName?.trim()
  return name ? `Bonjour ${name},` : 'Bonjour,'
}
