import config from '@payload-config'
import { getPayload } from 'payload'

import { confirmSubscription } from '@/server/subscribers/subscriptions'
import { simplePage } from '@/server/web/simplePage'

export const dynamic = 'force-dynamic'

/** /newsletter/confirmer?token=…: the double opt-in link. */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token')
  const result = await confirmSubscription({ payload: await getPayload({ config }), token })
  if (result === 'invalid') {
    return simplePage({
      title: 'Lien non valide',
      status: 404,
      body: '<p>Ce lien de confirmation n’est pas valide ou a expiré. <a href="/newsletter">Inscrivez-vous à nouveau</a>.</p>',
    })
  }
  return simplePage({
    title: result === 'confirmed' ? 'Inscription confirmée' : 'Vous êtes déjà inscrit',
    body: '<p>Vous recevrez le prochain numéro de l’#ActUNIPSO. Merci !</p><p><a href="/actunipso">Lire les numéros précédents</a></p>',
  })
}
