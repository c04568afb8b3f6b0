'use client'
/** A dashboard action (« Reprendre l’envoi », « Annuler l’envoi », « Envoyer maintenant »): asks, posts, says what happened. */
import { useRouter } from 'next/navigation'

import { buttonStyle } from './adminStyles'
import { usePostAction } from './usePostAction'

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
  const { message, setMessage, isBusy, post } = usePostAction()
  const act = async () => {
    if (!window.confirm(question)) return
    const { isOk, body } = await post<{ message?: string }>({ url, pending: null })
    setMessage(isOk ? (body.message ?? 'C’est fait.') : (body.error ?? 'L’action a échoué.'))
    if (isOk) router.refresh()
  }
  return (
    <>
      <button
        type="button"
        disabled={isBusy}
        onClick={act}
        style={{ ...buttonStyle, marginRight: 8, padding: '4px 10px' }}
      >
        {label}
      </button>
      {message && <span role="status">{message}</span>}
    </>
  )
}
