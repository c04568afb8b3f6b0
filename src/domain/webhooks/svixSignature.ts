import crypto from 'node:crypto'

/** Resend signs webhooks the svix way; a delivery older or newer than this is refused (replays). */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60

function secretBytes(secret: string): Buffer {
  return Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64')
}

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
  const digest = crypto
    .createHmac('sha256', secretBytes(secret))
    .update(`${id}.${timestamp}.${body}`)
    .digest('base64')
  return `v1,${digest}`
}

/**
 * Verifies svix headers against the raw body: a signature of the right secret, and a timestamp
 * within the tolerance. Comparison in constant time. Returns a reason when refused.
 */
export function verifyWebhook({
  secret,
  id,
  timestamp,
  signatures,
  body,
  now = new Date(),
}: {
  secret: string
  id: string | null
  timestamp: string | null
  signatures: string | null
  body: string
  now?: Date
}): { isValid: true } | { isValid: false; reason: string } {
  if (!id || !timestamp || !signatures) return { isValid: false, reason: 'missing svix headers' }
  const seconds = Number(timestamp)
  if (!Number.isInteger(seconds)) return { isValid: false, reason: 'invalid timestamp' }
  if (Math.abs(now.getTime() / 1000 - seconds) > WEBHOOK_TOLERANCE_SECONDS)
    return { isValid: false, reason: 'timestamp outside tolerance' }
  const expected = Buffer.from(signWebhook({ secret, id, timestamp: seconds, body }))
  const isMatch = signatures.split(' ').some((candidate) => {
    const given = Buffer.from(candidate)
    return given.length === expected.length && crypto.timingSafeEqual(given, expected)
  })
  return isMatch ? { isValid: true } : { isValid: false, reason: 'signature mismatch' }
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
