'use client'
/** A dashboard action (« Reprendre l’envoi », « Annuler l’envoi », « Envoyer maintenant »): asks, posts, says what happened. */
import { useRouter } from 'next/navigation'
import { useState } from 'react'

export function DashboardActionButton({
  url,
  label,
  question,
}: {
  url: string
  label: string
  /** Asked before acting: these actions reach subscribers or stop a send for good. */
  question: string
}) {
  const router = useRouter()
  const [message, setMessage] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const act = async () => {
    if (!window.confirm(question)) return
    setIsBusy(true)
    setMessage(null)
    const response = await fetch(url, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { message?: string; error?: string }
    setIsBusy(false)
    setMessage(response.ok ? (body.message ?? 'C’est fait.') : (body.error ?? 'L’action a échoué.'))
    if (response.ok) router.refresh()
  }
  return (
    <>
      <button
        type="button"
        disabled={isBusy}
        onClick={act}
        style={{
          marginRight: 8,
          padding: '4px 10px',
          borderRadius: 4,
          border: '1px solid var(--theme-elevation-400)',
          background: 'var(--theme-elevation-50)',
          color: 'var(--theme-text)',
          cursor: 'pointer',
        }}
      >
        {label}
      </button>
      {message && <span role="status">{message}</span>}
    </>
  )
}
