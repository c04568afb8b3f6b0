import type { SubscriberStatus, SubscriptionForm } from './subscription'

/**
 * Double opt-in by single-use links. Each request gets its own link, valid 7 days; what the visitor
 * typed waits with the link and reaches the subscriber only when the link is confirmed, so a
 * request nobody confirms (a third party typing someone else's address) changes nothing.
 */

export const CONFIRMATION_LINK_DAYS = 7

/** At most one confirmation mail per address in this many minutes (the answer stays the same). */
export const CONFIRMATION_MAIL_INTERVAL_MINUTES = 15

export const FORM_CONSENT_DETAIL = 'Formulaire /newsletter'

/** What a subscription request carries until it is confirmed (the token's `request`). */
export type SubscriptionRequest = {
  firstName: string
  lastName: string
  organisation: string
  /** When the visitor ticked the consent box and sent the form. */
  requestedAt: string
}

export function subscriptionRequestOf({
  form,
  now,
}: {
  form: SubscriptionForm
  now: Date
}): SubscriptionRequest {
  return {
    firstName: form.firstName ?? '',
    lastName: form.lastName ?? '',
    organisation: form.organisation ?? '',
    requestedAt: now.toISOString(),
  }
}

/** A stored request read back from JSON (anything unexpected becomes empty). */
export function readSubscriptionRequest(value: unknown): SubscriptionRequest | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null
  const record = value as Record<string, unknown>
  const text = (name: string) => (typeof record[name] === 'string' ? (record[name] as string) : '')
  const requestedAt = text('requestedAt')
  if (Number.isNaN(Date.parse(requestedAt))) return null
  return {
    firstName: text('firstName'),
    lastName: text('lastName'),
    organisation: text('organisation'),
    requestedAt,
  }
}

export function confirmationLinkExpiry(now: Date): string {
  return new Date(now.getTime() + CONFIRMATION_LINK_DAYS * 24 * 3600_000).toISOString()
}

/** Where a confirmation mail sent at or after this instant stops the next one. */
export function confirmationMailWindowStart(now: Date): string {
  return new Date(now.getTime() - CONFIRMATION_MAIL_INTERVAL_MINUTES * 60_000).toISOString()
}

export type LinkState = 'valid' | 'used' | 'expired'

/**
 * A single-use link is used once followed to the end, expired after its date or when a newer
 * request replaced it (its date is then set to that moment). Used wins: a confirmed link followed
 * again still says so, even after it would have expired.
 */
export function linkState({
  expiresAt,
  usedAt,
  now,
}: {
  expiresAt: string
  usedAt?: string | null
  now: Date
}): LinkState {
  if (usedAt) return 'used'
  return Date.parse(expiresAt) > now.getTime() ? 'valid' : 'expired'
}

/** What a confirmation link page says. */
export type ConfirmationOutcome = 'confirmed' | 'already' | 'used' | 'expired' | 'invalid'

/** A used link's answer: confirmed if the person is still subscribed, otherwise spent. */
export function usedLinkOutcome(status: SubscriberStatus): 'already' | 'used' {
  return status === 'active' ? 'already' : 'used'
}

/**
 * The subscriber once their link is confirmed: the names typed with the request (or those already
 * known when a field was left empty), active, and the consent record of this request.
 *
 * @example confirmedSubscriber({ current: { firstName: 'Anne' }, request, now })
 * // { firstName: 'Anne', …, status: 'active', consent: { at: request.requestedAt, source: 'form', … } }
 */
export function confirmedSubscriber({
  current,
  request,
  now,
}: {
  current: { firstName?: string | null; lastName?: string | null; organisation?: string | null }
  request: SubscriptionRequest
  now: Date
}) {
  return {
    firstName: request.firstName || current.firstName || null,
    lastName: request.lastName || current.lastName || null,
    organisation: request.organisation || current.organisation || null,
    status: 'active' as const,
    consent: {
      at: request.requestedAt,
      source: 'form' as const,
      detail: FORM_CONSENT_DETAIL,
      confirmedAt: now.toISOString(),
    },
  }
}
