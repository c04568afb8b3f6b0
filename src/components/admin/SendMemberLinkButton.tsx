'use client'
/** On a member: "Envoyer son lien" queues the mail with their personal feed URL. */
import { useDocumentInfo } from '@payloadcms/ui'

import { buttonStyle } from './adminStyles'
import { usePostAction } from './usePostAction'

export function SendMemberLinkButton() {
  const { id } = useDocumentInfo()
  const { message, setMessage, post } = usePostAction()
  if (!id) return null
  const send = async () => {
    const { isOk, body } = await post<{ to?: string }>({
      url: `/api/members/${id}/send-link`,
      pending: 'Envoi…',
    })
    setMessage(
      isOk
        ? `Lien mis en file d’envoi pour ${body.to} : il part dans les secondes qui suivent.`
        : (body.error ?? 'L’envoi a échoué.'),
    )
  }
  return (
    <div data-testid="member-link" style={{ marginBottom: 24 }}>
      <button type="button" onClick={send} style={buttonStyle}>
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
