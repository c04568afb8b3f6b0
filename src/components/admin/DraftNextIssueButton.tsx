'use client'
/** Above the issues list: "Préparer le numéro suivant" creates (or opens) next month's draft. */
import { useRouter } from 'next/navigation'
import { useState } from 'react'

export function DraftNextIssueButton() {
  const router = useRouter()
  const [message, setMessage] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)

  const draft = async () => {
    setIsBusy(true)
    const response = await fetch('/api/issues/draft-next', {
      method: 'POST',
      credentials: 'include',
    })
    const body = (await response.json().catch(() => ({}))) as {
      id?: number | string
      isCreated?: boolean
      month?: string
      agendaItems?: number
      conferences?: number
      meetings?: number
      error?: string
    }
    setIsBusy(false)
    if (!response.ok || body.id === undefined)
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
      <button
        type="button"
        onClick={draft}
        disabled={isBusy}
        style={{
          padding: '8px 14px',
          borderRadius: 4,
          border: '1px solid var(--theme-elevation-400)',
          background: 'var(--theme-elevation-50)',
          color: 'var(--theme-text)',
          cursor: 'pointer',
        }}
      >
        {isBusy ? 'Préparation…' : 'Préparer le numéro suivant'}
      </button>
      {message && <span role="status">{message}</span>}
    </div>
  )
}
