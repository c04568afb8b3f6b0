'use client'
/** Above the issues list: "Préparer le numéro suivant" creates (or opens) next month's draft. */
import { useRouter } from 'next/navigation'

import { buttonStyle } from './adminStyles'
import { usePostAction } from './usePostAction'

export function DraftNextIssueButton() {
  const router = useRouter()
  const { message, setMessage, isBusy, post } = usePostAction()

  const draft = async () => {
    const { isOk, body } = await post<{
      id?: number | string
      isCreated?: boolean
      month?: string
      agendaItems?: number
      conferences?: number
      meetings?: number
    }>({ url: '/api/issues/draft-next' })
    if (!isOk || body.id === undefined)
      return setMessage(body.error ?? 'La préparation du numéro a échoué.')
    setMessage(
      body.isCreated
        ? `Numéro ${body.month} créé : ${body.agendaItems} événement(s), ${body.conferences} conférence(s), ${body.meetings} réunion(s) dans sa période.`
        : `Le numéro ${body.month} existe déjà : ouverture.`,
    )
    router.push(`/admin/collections/issues/${body.id}`)
  }

  return (
    <div
      style={{
        display: 'flex',
        gap: 12,
        alignItems: 'center',
        margin: '0 0 16px',
        flexWrap: 'wrap',
      }}
    >
      <button type="button" onClick={draft} disabled={isBusy} style={buttonStyle}>
        {isBusy ? 'Préparation…' : 'Préparer le numéro suivant'}
      </button>
      {message && <span role="status">{message}</span>}
    </div>
  )
}
