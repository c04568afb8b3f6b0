'use client'
/**
 * « Préparer le numéro suivant » (above the issues list, and on the dashboard when no issue is in
 * preparation): creates next month's draft or opens the one that exists, and says which in a
 * notification that stays through the navigation to the issue.
 */
import { toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'

import type { DraftNextIssueOutcome } from '@/domain/newsletter/planNextIssue'
import { describeDraftNextIssue } from '@/domain/newsletter/planNextIssue'

import { buttonStyle } from './adminStyles'
import { usePostAction } from './usePostAction'

export function DraftNextIssueButton() {
  const router = useRouter()
  const { message, setMessage, isBusy, post } = usePostAction()

  const draft = async () => {
    const { isOk, body } = await post<Partial<DraftNextIssueOutcome> & { id?: number | string }>({
      url: '/api/issues/draft-next',
      pending: null,
    })
    if (!isOk || body.id === undefined || body.month === undefined)
      return setMessage(body.error ?? 'La préparation du numéro a échoué.')
    const said = describeDraftNextIssue(body as DraftNextIssueOutcome)
    setMessage(said)
    if (body.isCreated) toast.success(said)
    else toast.info(said)
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
