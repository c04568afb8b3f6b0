import config from '@payload-config'
import { getPayload } from 'payload'

import { parseSubscriptionForm } from '@/domain/subscribers/subscription'
import { requestSubscription } from '@/server/subscribers/subscriptions'

export const dynamic = 'force-dynamic'

/** POST from /newsletter: validates, records a pending subscriber, mails the confirmation link. */
export async function POST(request: Request) {
  const base = new URL(request.url)
  const data = Object.fromEntries((await request.formData().catch(() => new FormData())).entries())
  const parsed = parseSubscriptionForm(data)
  if ('errors' in parsed) {
    const query = Object.keys(parsed.errors)
      .map((code) => `erreur=${code}`)
      .join('&')
    return Response.redirect(new URL(`/newsletter?${query}`, base), 303)
  }
  const payload = await getPayload({ config })
  try {
    await requestSubscription({ payload, form: parsed.form })
  } catch (error) {
    // The visitor's answer must not depend on what happened: log it for the team.
    payload.logger.error({ err: error, msg: 'Inscription : envoi de la confirmation impossible' })
  }
  return Response.redirect(new URL('/newsletter/merci', base), 303)
}
