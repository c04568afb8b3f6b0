import config from '@payload-config'
import { getPayload } from 'payload'

import { escapeHtml } from '@/domain/newsletter/personalize'
import { subscriberForToken, unsubscribe } from '@/server/subscribers/subscriptions'
import { simplePage } from '@/server/web/simplePage'

export const dynamic = 'force-dynamic'

const invalid = () =>
  simplePage({
    title: 'Lien non valide',
    status: 404,
    body: '<p>Ce lien de désinscription n’est pas valide.</p>',
  })

/** GET shows a confirmation form and changes nothing: link scanners follow GET links. */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token')
  const subscriber = await subscriberForToken(await getPayload({ config }), token)
  if (!subscriber) return invalid()
  if (subscriber.status === 'unsubscribed')
    return simplePage({
      title: 'Vous êtes désinscrit',
      body: '<p>Vous ne recevez plus l’#ActUNIPSO.</p>',
    })
  return simplePage({
    title: 'Se désinscrire de l’#ActUNIPSO',
    body: `<p>L’adresse <strong>${escapeHtml(subscriber.email)}</strong> ne recevra plus la lettre d’information.</p>
<form method="post"><input type="hidden" name="token" value="${escapeHtml(token ?? '')}">
<p><label for="reason">Une raison ? (facultatif)</label><textarea id="reason" name="reason" maxlength="1000"></textarea></p>
<button type="submit">Me désinscrire</button></form>`,
  })
}

/**
 * POST unsubscribes: from the form above, or as an RFC 8058 one-click request
 * (`List-Unsubscribe=One-Click`) sent by the mail client to the List-Unsubscribe URL.
 */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => new FormData())
  const token =
    new URL(request.url).searchParams.get('token') ?? (form.get('token') as string | null)
  const reason = form.get('reason') as string | null
  const result = await unsubscribe({ payload: await getPayload({ config }), token, reason })
  if (result === 'invalid') return invalid()
  return simplePage({
    title: 'Vous êtes désinscrit',
    body: '<p>Vous ne recevrez plus l’#ActUNIPSO. Vous pouvez vous <a href="/newsletter">réinscrire</a> à tout moment.</p>',
  })
}
