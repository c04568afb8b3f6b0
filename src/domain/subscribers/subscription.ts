import { isEmailAddress } from '../mail/emailAddress'
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

/** Reads the public form; returns clean values or the French messages to show beside the fields. */
export function parseSubscriptionForm(
  input: Record<string, unknown>,
): { form: SubscriptionForm } | { errors: Record<string, string> } {
  const text = (name: string) =>
    typeof input[name] === 'string' ? normalizeSingleLine(input[name] as string).slice(0, 120) : ''
  const email = normalizeEmail(typeof input.email === 'string' ? input.email : '')
  const errors: Record<string, string> = {}
  if (!isEmailAddress(email)) errors.email = 'Indiquez une adresse de courriel valide.'
  if (input.consent !== 'on' && input.consent !== true && input.consent !== 'true') {
    errors.consent = 'Cochez la case pour accepter de recevoir la lettre d’information.'
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
 * What a subscription request does to an existing row. The answer shown to the visitor is always
 * the same, so the form never reveals whether an address is known.
 * - new, pending, unsubscribed or bounced → (back to) pending, and a confirmation mail;
 * - active → nothing (already subscribed);
 * - complained → nothing: someone who reported us as spam gets no more mail.
 */
export function onSubscribe(status: SubscriberStatus | null): {
  nextStatus: SubscriberStatus | null
  shouldSendConfirmation: boolean
} {
  if (status === 'active' || status === 'complained')
    return { nextStatus: status, shouldSendConfirmation: false }
  return { nextStatus: 'pending', shouldSendConfirmation: true }
}
