import { signWebhook } from '@/domain/webhooks/svixSignature'

/** A Resend-style signing secret (`whsec_` and base64) made from readable test text. */
export const testWebhookSecret = (text: string) => `whsec_${Buffer.from(text).toString('base64')}`

/**
 * Posts one Resend event to the app's webhook, signed as svix signs it: the headers the endpoint
 * checks (`svix-id`, `svix-timestamp`, `svix-signature`) over the exact body sent. A wrong
 * `secret` or an old `timestamp` make the refusals the endpoint must answer.
 */
export function postResendEvent({
  baseUrl,
  secret,
  id,
  type,
  data,
  createdAt = new Date().toISOString(),
  timestamp = Math.floor(Date.now() / 1000),
}: {
  baseUrl: string
  secret: string
  id: string
  type: string
  data: Record<string, unknown>
  createdAt?: string
  timestamp?: number
}): Promise<Response> {
  const body = JSON.stringify({ type, created_at: createdAt, data })
  return fetch(`${baseUrl}/api/webhooks/resend`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'svix-id': id,
      'svix-timestamp': String(timestamp),
      'svix-signature': signWebhook({ secret, id, timestamp, body }),
    },
    body,
  })
}
