import config from '@payload-config'
import { getPayload } from 'payload'

import { limitPerClient } from '@/server/http/rateLimit'
import {
  confirmationFormPage,
  confirmationOutcomePage,
} from '@/server/subscribers/confirmationPages'
import { confirmSubscription, confirmationLinkStatus } from '@/server/subscribers/subscriptions'

export const dynamic = 'force-dynamic'

/**
 * /newsletter/confirmer?token=…, the link of the confirmation mail. GET and HEAD only show a page
 * with one button and change nothing: mail scanners and browsers (Chromium repeats a navigation
 * when asked for client hints) follow links on their own.
 */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token')
  const { outcome, email } = await confirmationLinkStatus({
    payload: await getPayload({ config }),
    token,
  })
  if (outcome === 'valid') return confirmationFormPage({ token: token as string, email })
  return confirmationOutcomePage(outcome)
}

export const HEAD = GET

/** The button's POST confirms the subscription. */
export async function POST(request: Request) {
  // 10 a minute per client address (per instance): a 429 with a French page beyond.
  const refused = await limitPerClient({ headers: request.headers, bucket: 'confirm', as: 'page' })
  if (refused) return refused
  const form = await request.formData().catch(() => new FormData())
  const field = form.get('token')
  const token = typeof field === 'string' ? field : new URL(request.url).searchParams.get('token')
  const outcome = await confirmSubscription({ payload: await getPayload({ config }), token })
  return confirmationOutcomePage(outcome)
}
