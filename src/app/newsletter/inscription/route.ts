import config from '@payload-config'
import { getPayload } from 'payload'

import { readEnv } from '@/config/env'
import { parseSubscriptionForm } from '@/domain/subscribers/subscription'
import { limitPerClient } from '@/server/http/rateLimit'
import { startSubscriptionRequest } from '@/server/subscribers/subscriptions'

export const dynamic = 'force-dynamic'

/** Redirects go to the public address (SERVER_URL), never to the host the request names. */
const redirectTo = (path: string) => Response.redirect(`${readEnv().serverUrl}${path}`, 303)

/**
 * POST from /newsletter: validates, then answers at once; the request is recorded and its
 * confirmation mail queued in the background, so the answer never depends on the address.
 */
export async function POST(request: Request) {
  // 10 a minute per client address (per instance): a 429 with a French page beyond.
  const refused = await limitPerClient({
    headers: request.headers,
    bucket: 'subscribe',
    as: 'page',
  })
  if (refused) return refused
  const data = Object.fromEntries((await request.formData().catch(() => new FormData())).entries())
  const parsed = parseSubscriptionForm(data)
  if ('errors' in parsed) {
    const query = Object.keys(parsed.errors)
      .map((code) => `erreur=${code}`)
      .join('&')
    return redirectTo(`/newsletter?${query}`)
  }
  startSubscriptionRequest({ payload: await getPayload({ config }), form: parsed.form })
  return redirectTo('/newsletter/merci')
}
