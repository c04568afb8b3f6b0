import config from '@payload-config'
import { getPayload } from 'payload'

import { readEnv } from '@/config/env'
import { kickOutboxDrain } from '@/server/mail/outbox'
import { requestErasure } from '@/server/subscribers/account'
import { invalidAccountPage } from '@/server/subscribers/accountPages'

export const dynamic = 'force-dynamic'

/**
 * POST /newsletter/abonnement/effacement: mails the address a single-use erasure link, then back
 * to the page (303), which says to check the mailbox. Only POST: there is no GET here.
 */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => new FormData())
  const field = form.get('token')
  const token = typeof field === 'string' ? field : null
  const payload = await getPayload({ config })
  const result = await requestErasure({ payload, token })
  if (result === 'invalid') return invalidAccountPage()
  if (result === 'queued') kickOutboxDrain({ payload })
  const notice = result === 'queued' ? 'effacement' : 'effacement-deja'
  return Response.redirect(
    `${readEnv().serverUrl}/newsletter/abonnement?token=${encodeURIComponent(token as string)}&fait=${notice}`,
    303,
  )
}
