/**
 * What the whole app accepts as an email address (subscriptions, imports, test sends, Resend
 * requests): one `@`, a dot in the domain, no spaces, brackets, quotes, commas or semicolons.
 */
const EMAIL_ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/

export function isEmailAddress(value: unknown): value is string {
  return typeof value === 'string' && EMAIL_ADDRESS.test(value.trim())
}
