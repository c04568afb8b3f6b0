'use client'
/** On a sent edition: withdraw it from the public archive (a legal request, with its reason), or put it back. */
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { buttonStyle, panelStyle } from './adminStyles'
import { usePostAction } from './usePostAction'

export function EditionWithdrawalActions() {
  const { id } = useDocumentInfo()
  const router = useRouter()
  const isWithdrawn = Boolean(useFormFields(([fields]) => fields.isWithdrawn?.value))
  const [reason, setReason] = useState('')
  const { message, setMessage, isBusy, post } = usePostAction()
  if (!id) return null
  const call = async (action: 'withdraw' | 'restore') => {
    const { isOk, body } = await post({
      url: `/api/editions/${id}/${action}`,
      pending: action === 'withdraw' ? 'Retrait…' : 'Remise en ligne…',
      json: action === 'withdraw' ? { reason } : {},
    })
    if (!isOk) return setMessage(body.error ?? 'L’opération a échoué.')
    setReason('')
    setMessage(
      action === 'withdraw'
        ? 'Édition retirée de l’archive publique : sa page répond désormais « introuvable ».'
        : 'Édition remise dans l’archive publique.',
    )
    router.refresh()
  }
  return (
    <fieldset style={panelStyle}>
      <legend>Archive publique</legend>
      {isWithdrawn ? (
        <>
          <p style={{ margin: '0 0 8px' }}>Cette édition est retirée de l’archive publique.</p>
          <button
            type="button"
            disabled={isBusy}
            onClick={() => call('restore')}
            style={buttonStyle}
          >
            Remettre dans l’archive
          </button>
        </>
      ) : (
        <>
          <p style={{ margin: '0 0 4px' }}>
            Retirer cette édition de l’archive publique (demande légale). Le motif est obligatoire
            et consigné :
          </p>
          <textarea
            aria-label="Motif du retrait"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            rows={3}
            style={{ width: '100%', marginBottom: 8, padding: 6 }}
          />
          <button
            type="button"
            disabled={isBusy || reason.trim().length === 0}
            onClick={() => call('withdraw')}
            style={buttonStyle}
          >
            Retirer de l’archive
          </button>
        </>
      )}
      {message && (
        <p role="status" style={{ margin: '8px 0 0' }}>
          {message}
        </p>
      )}
    </fieldset>
  )
}
