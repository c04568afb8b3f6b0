import config from '@payload-config'
import { getPayload } from 'payload'

import { ErasureRefusedError } from '@/server/subscribers/gdpr'
import { confirmErasure, erasureLinkStatus } from '@/server/subscribers/account'
import {
  erasureFormPage,
  erasureOutcomePage,
  erasureRefusedPage,
} from '@/server/subscribers/accountPages'

export const dynamic = 'force-dynamic'

/**
 * /newsletter/effacement?token=…, the link of the erasure mail. GET and HEAD only show one button
 * and change nothing (mail scanners follow links); its POST erases.
 */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token')
  const { state, email } = await erasureLinkStatus({ payload: await getPayload({ config }), token })
  if (state === 'valid') return erasureFormPage({ token: token as string, email })
  return erasureOutcomePage(state)
}

export const HEAD = GET

export async function POST(request: Request) {
  const form = await request.formData().catch(() => new FormData())
  const field = form.get('token')
  const token = typeof field === 'string' ? field : null
  const payload = await getPayload({ config })
  try {
    return erasureOutcomePage(await confirmErasure({ payload, token }))
  } catch (error) {
    if (error instanceof ErasureRefusedError && error.status === 409)
      return erasureRefusedPage({
        message:
          'Un numéro de l’#ActUNIPSO est en train d’être envoyé, y compris à votre adresse : l’effacement sera possible dès la fin de l’envoi, dans quelques heures au plus.',
        status: 409,
      })
    throw error
  }
}
