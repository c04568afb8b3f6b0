import { Webhook, WebhookVerificationError } from 'svix'

/*
 * Resend signs webhooks the svix way. Signing and verifying are svix's own `Webhook` (on the same
 * standard-webhooks code as Resend's SDK): an HMAC-SHA256 of "id.timestamp.body", compared in constant time, and a
 * timestamp refused when more than 5 minutes old or ahead (replays). That class is pure
 * computation (no I/O, it only reads the clock), which is why it may be used in the domain.
 */

/** The `svix-signature` value for a payload: "v1,<base64 HMAC-SHA256 of id.timestamp.body>". */
export function signWebhook({
  secret,
  id,
  timestamp,
  body,
}: {
  secret: string
  id: string
  timestamp: number
  body: string
}): string {
  return new Webhook(secret).sign(id, new Date(timestamp * 1000), body)
}

/**
 * Verifies svix headers against the raw body, at the current time: a signature of the right
 * secret among those given, and a timestamp within the tolerance. Returns svix's reason when
 * refused.
 *
 * @example verifyWebhook({ secret, id, timestamp, signatures, body }) // { isValid: true }
 */
export function verifyWebhook({
  secret,
  id,
  timestamp,
  signatures,
  body,
}: {
  secret: string
  id: string | null
  timestamp: string | null
  signatures: string | null
  body: string
}): { isValid: true } | { isValid: false; reason: string } {
  try {
    new Webhook(secret).verify(body, {
      'svix-id': id ?? '',
      'svix-timestamp': timestamp ?? '',
      'svix-signature': signatures ?? '',
    })
    return { isValid: true }
  } catch (error) {
    if (error instanceof WebhookVerificationError) return { isValid: false, reason: error.message }
    // svix parses the body once the signature matched: a signed body that is not JSON is the
    // caller's to refuse (400), not a forgery.
    if (error instanceof SyntaxError) return { isValid: true }
    throw error
  }
}

export type ResendWebhookEvent = {
  type: string
  created_at?: string
  data?: { email_id?: string; to?: string[]; tags?: Record<string, string> }
}

/** Delivery status for a Resend event type, or null for events we do not track. */
export function deliveryStatusFor(
  type: string,
): 'sent' | 'delivered' | 'bounced' | 'complained' | null {
  switch (type) {
    case 'email.sent':
      return 'sent'
    case 'email.delivered':
      return 'delivered'
    case 'email.bounced':
      return 'bounced'
    case 'email.complained':
      return 'complained'
    default:
      return null
  }
}
