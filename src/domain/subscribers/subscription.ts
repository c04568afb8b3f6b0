import { EMAIL_ADDRESS_MESSAGES, emailAddressProblem } from '../mail/emailAddress'
import { normalizeSingleLine } from '../content/inlineItalics'

export const SUBSCRIBER_STATUSES = [
  { value: 'pending', label: 'En attente de confirmation' },
  { value: 'active', label: 'Abonné' },
  { value: 'unsubscribed', label: 'Désinscrit' },
  { value: 'bounced', label: 'Adresse en erreur' },
  { value: 'complained', label: 'Plainte (spam)' },
] as const
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number]['value']

export const CONSENT_SOURCES = [
  { value: 'form', label: 'Formulaire du site' },
  { value: 'import', label: 'Import' },
  { value: 'admin', label: 'Saisie dans l’administration' },
] as const

/** What a single-use subscriber link is for: one purpose per token, never another. */
export const SUBSCRIBER_TOKEN_PURPOSES = [
  { value: 'confirm', label: 'Confirmer l’inscription' },
  { value: 'erase', label: 'Confirmer l’effacement des données' },
] as const
export type SubscriberTokenPurpose = (typeof SUBSCRIBER_TOKEN_PURPOSES)[number]['value']

/** Lower-cased, trimmed address: one person, one row, whatever the capitals they typed. */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase()
}

export type SubscriptionForm = {
  email: string
  firstName?: string
  lastName?: string
  organisation?: string
  hasConsented: boolean
}

/** The form's refusals by code (`/newsletter?erreur=<code>` shows the message). */
export const SUBSCRIPTION_FORM_MESSAGES = {
  email: EMAIL_ADDRESS_MESSAGES.invalid,
  'email-invisible': EMAIL_ADDRESS_MESSAGES.invisible,
  consent: 'Cochez la case pour accepter de recevoir la lettre d’information.',
} as const
export type SubscriptionFormError = keyof typeof SUBSCRIPTION_FORM_MESSAGES

/** Reads the public form; returns clean values or the French messages by error code. */
export function parseSubscriptionForm(
  input: Record<string, unknown>,
): { form: SubscriptionForm } | { errors: Partial<Record<SubscriptionFormError, string>> } {
  const text = (name: string) =>
    typeof input[name] === 'string' ? normalizeSingleLine(input[name] as string).slice(0, 120) : ''
  const typed = typeof input.email === 'string' ? input.email : ''
  // Checked as typed: trimming first would hide a no-break space at either end.
  const problem = emailAddressProblem(typed)
  const email = normalizeEmail(typed)
  const errors: Partial<Record<SubscriptionFormError, string>> = {}
  if (problem === 'invisible')
    errors['email-invisible'] = SUBSCRIPTION_FORM_MESSAGES['email-invisible']
  else if (problem) errors.email = SUBSCRIPTION_FORM_MESSAGES.email
  if (input.consent !== 'on' && input.consent !== true && input.consent !== 'true') {
    errors.consent = SUBSCRIPTION_FORM_MESSAGES.consent
  }
  if (Object.keys(errors).length > 0) return { errors }
  return {
    form: {
      email,
      firstName: text('firstName'),
      lastName: text('lastName'),
      organisation: text('organisation'),
      hasConsented: true,
    },
  }
}

/**
 * Whether a subscription request mails a confirmation link. The answer shown to the visitor is
 * always the same, so the form never reveals whether an address is known.
 * - new, pending, unsubscribed or bounced → a link; the row itself changes only when the link is
 *   confirmed (a third party typing someone's address changes nothing);
 * - active → nothing (already subscribed);
 * - complained → nothing: someone who reported us as spam gets no more mail.
 */
export function onSubscribe(status: SubscriberStatus | null): { shouldSendConfirmation: boolean } {
  return { shouldSendConfirmation: status !== 'active' && status !== 'complained' }
}
