'use client'
/** On a subscriber: export their data (GDPR art. 15/20) or erase them (art. 17). */
import { useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { buttonStyle, panelStyle } from './adminStyles'
import { usePostAction } from './usePostAction'

export function SubscriberGdprActions() {
  const { id } = useDocumentInfo()
  const router = useRouter()
  const [confirmEmail, setConfirmEmail] = useState('')
  const { message, setMessage, post } = usePostAction()
  if (!id) return null
  const erase = async () => {
    const { isOk, body } = await post({
      url: `/api/subscribers/${id}/erase`,
      pending: 'Effacement…',
      json: { confirmEmail },
    })
    if (!isOk) return setMessage(body.error ?? 'L’effacement a échoué.')
    setMessage('Personne effacée : seule une empreinte de l’adresse est gardée.')
    router.push('/admin/collections/subscribers')
  }
  return (
    <fieldset data-testid="subscriber-gdpr-actions" style={panelStyle}>
      <legend>Données personnelles (RGPD)</legend>
      <a
        href={`/api/subscribers/${id}/export`}
        download
        style={{ ...buttonStyle, display: 'inline-block', textDecoration: 'none' }}
      >
        Exporter ses données
      </a>
      <p style={{ margin: '12px 0 4px' }}>
        Effacer cette personne et son historique d’envoi. Recopiez son adresse pour confirmer :
      </p>
      <input
        aria-label="Adresse à effacer"
        type="email"
        value={confirmEmail}
        onChange={(event) => setConfirmEmail(event.target.value)}
        style={{ width: '100%', marginBottom: 8, padding: 6 }}
      />
      <button type="button" onClick={erase} disabled={!confirmEmail} style={buttonStyle}>
        Effacer définitivement
      </button>
      {message && (
        <p role="status" style={{ marginTop: 8 }}>
          {message}
        </p>
      )}
    </fieldset>
  )
}
