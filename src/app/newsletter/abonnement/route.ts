import config from '@payload-config'
import { getPayload } from 'payload'

import { readEnv } from '@/config/env'
import { parseProfileForm } from '@/domain/subscribers/account'
import { accountFor, updateProfile } from '@/server/subscribers/account'
import { accountPage, invalidAccountPage } from '@/server/subscribers/accountPages'

export const dynamic = 'force-dynamic'

const tokenOf = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : null)

/**
 * /newsletter/abonnement?token=…, the newsletter's « Gérer mon abonnement » link (the same token
 * as its unsubscribe link). GET and HEAD only show: mail scanners and browsers follow links on
 * their own, and this token never confirms a subscription.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const token = url.searchParams.get('token')
  const subscriber = await accountFor(await getPayload({ config }), token)
  if (!subscriber) return invalidAccountPage()
  return accountPage({ subscriber, token: token as string, notice: url.searchParams.get('fait') })
}

export const HEAD = GET

/** The names form: first name, last name, organisation; then back to the page (303). */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => new FormData())
  const token = tokenOf(form.get('token'))
  const payload = await getPayload({ config })
  const parsed = parseProfileForm(Object.fromEntries(form.entries()))
  if ('error' in parsed) {
    const subscriber = await accountFor(payload, token)
    if (!subscriber) return invalidAccountPage()
    return accountPage({ subscriber, token: token as string, error: parsed.error, status: 400 })
  }
  const result = await updateProfile({ payload, token, form: parsed.form })
  if (result === 'invalid') return invalidAccountPage()
  return Response.redirect(
    `${readEnv().serverUrl}/newsletter/abonnement?token=${encodeURIComponent(token as string)}&fait=profil`,
    303,
  )
}
