'use client'
/** On a member: "Envoyer son lien" mails them their personal feed URL. */
import { useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

export function SendMemberLinkButton() {
  const { id } = useDocumentInfo()
  const [message, setMessage] = useState<string | null>(null)
  if (!id) return null
  const send = async () => {
    setMessage('Envoi…')
    const response = await fetch(`/api/members/${id}/send-link`, {
      method: 'POST',
      credentials: 'include',
    })
    const body = (await response.json().catch(() => ({}))) as { error?: string; to?: string }
    setMessage(response.ok ? `Lien envoyé à ${body.to}.` : (body.error ?? 'L’envoi a échoué.'))
  }
  return (
    <div style={{ marginBottom: 24 }}>
      <button
        type="button"
        onClick={send}
        style={{
          padding: '8px 14px',
          borderRadius: 4,
          border: '1px solid var(--theme-elevation-400)',
          background: 'var(--theme-elevation-50)',
          color: 'var(--theme-text)',
          cursor: 'pointer',
        }}
      >
        Envoyer son lien
      </button>
      {message && (
        <span role="status" style={{ marginLeft: 12 }}>
          {message}
        </span>
      )}
    </div>
  )
}
