import type { Metadata } from 'next'

import { SubscribeForm } from '@/components/web/SubscribeForm'
import { SUBSCRIPTION_FORM_MESSAGES } from '@/domain/subscribers/subscription'

import '../archive.css'

export const metadata: Metadata = {
  title: 'S’abonner à l’#ActUNIPSO',
  description: 'La lettre d’information mensuelle de l’UNIPSO dans votre boîte mail',
}

const MESSAGES: Record<string, string> = SUBSCRIPTION_FORM_MESSAGES

type Args = { searchParams: Promise<{ erreur?: string | string[] }> }

/** /newsletter: the public sign-up form (double opt-in). */
export default async function NewsletterPage({ searchParams }: Args) {
  const raw = (await searchParams).erreur
  const errors = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((code) => code in MESSAGES)
  return (
    <main className="archive newsletter">
      <h1>S’abonner à l’#ActUNIPSO</h1>
      <p>
        Chaque mois, l’actualité de l’UNIPSO et du secteur à profit social : dossiers, agenda,
        instances et groupes de travail.
      </p>
      {errors.length > 0 && (
        <div role="alert" className="card" style={{ borderColor: '#b42318' }}>
          <ul>
            {errors.map((code) => (
              <li key={code}>{MESSAGES[code]}</li>
            ))}
          </ul>
        </div>
      )}
      <SubscribeForm />
      <p className="small">
        Vos données servent uniquement à l’envoi de la lettre d’information. Vous recevrez un
        courriel pour confirmer votre inscription.
      </p>
    </main>
  )
}
