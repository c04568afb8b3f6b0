import crypto from 'node:crypto'

import { readEnv } from '@/config/env'

/**
 * The secret that signs Resend webhooks. With Resend, the « whsec_… » of its Webhooks page. Without
 * a Resend key, mail goes to the local server, which signs its own events: both sides derive the
 * same secret from PAYLOAD_SECRET, so the demo's webhooks are verified like real ones.
 */
export function webhookSecret(): string {
  const env = readEnv()
  // readEnv refuses RESEND_API_KEY without RESEND_WEBHOOK_SECRET: with a key, this always answers.
  if (env.RESEND_WEBHOOK_SECRET) return env.RESEND_WEBHOOK_SECRET
  const derived = crypto
    .createHmac('sha256', env.PAYLOAD_SECRET)
    .update('actunipso-local-resend-webhooks')
    .digest('base64')
  return `whsec_${derived}`
}
