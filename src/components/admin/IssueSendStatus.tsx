'use client'
/**
 * In the issue's sidebar: the send's live progress, then "Envoyé le … à N abonnés" (communication
 * staff and admins, who may read sends), and for everyone the form itself following the send:
 * while the issue is scheduled or sending, its saved status, « Envoyé le » and workflow note are
 * read again, so the page never keeps « Programmé » after the scheduler sent it.
 */
import { useAuth, useDocumentInfo, useForm } from '@payloadcms/ui'
import { useCallback, useState } from 'react'

import { hasCommunicationRole } from '@/domain/content/roles'
import { formatLongDateTime } from '@/domain/dates/brussels'
import { sendProgressView } from '@/domain/sending/progress'

import { panelStyle, textColor } from './adminStyles'
import { usePolling } from './usePolling'

type Send = {
  status: string
  total?: number
  sent?: number
  failed?: number
  startedAt?: string
  finishedAt?: string
  lastError?: string
}
type SavedIssue = Record<string, unknown> & { status?: string }

/** The fields the sender writes on the issue: the form takes them over when they change. */
const SENDER_FIELDS = ['status', 'sentAt', 'sentAt_tz', 'workflowNote'] as const
const IN_FLIGHT = new Set(['scheduled', 'sending'])

export function IssueSendStatus() {
  const { id, data, setData } = useDocumentInfo()
  const { dispatchFields } = useForm()
  const { user } = useAuth<{ role?: string | null }>()
  const canReadSends = hasCommunicationRole(user)
  const savedStatus = (data as SavedIssue | undefined)?.status
  const [send, setSend] = useState<Send | null>(null)

  const followIssue = useCallback(
    async (isCurrent: () => boolean) => {
      const response = await fetch(`/api/issues/${id}?depth=0`, { credentials: 'include' })
      if (!response.ok || !isCurrent()) return
      const issue = (await response.json()) as SavedIssue
      const saved = (data ?? {}) as SavedIssue
      if (issue.status === saved.status && issue.sentAt === saved.sentAt) return
      for (const path of SENDER_FIELDS)
        dispatchFields({ type: 'UPDATE', path, value: issue[path], initialValue: issue[path] })
      setData({ ...saved, ...Object.fromEntries(SENDER_FIELDS.map((path) => [path, issue[path]])) })
    },
    [id, data, dispatchFields, setData],
  )

  usePolling(
    useCallback(
      async (isCurrent) => {
        if (!id) return null
        const isInFlight = IN_FLIGHT.has(savedStatus ?? '')
        if (isInFlight) await followIssue(isCurrent)
        // Editors cannot read sends: the form above is all they follow, never a 403.
        if (!canReadSends || !isCurrent()) return isInFlight ? 5_000 : null
        const response = await fetch(`/api/sends?where[issue][equals]=${id}&depth=0&limit=1`, {
          credentials: 'include',
        })
        if (!response.ok || !isCurrent()) return null
        const next = ((await response.json()) as { docs: Send[] }).docs[0] ?? null
        setSend(next)
        if (next && next.status !== 'done') return 2000
        // Scheduled: the send appears when the scheduler starts it (within a minute of the time).
        return isInFlight ? 5_000 : null
      },
      [id, savedStatus, canReadSends, followIssue],
    ),
  )

  if (!send) return null
  const total = send.total ?? 0
  const done = (send.sent ?? 0) + (send.failed ?? 0)
  const { mailsPerSecond, etaSeconds } = sendProgressView({
    counts: { queued: total - done, sent: send.sent ?? 0, failed: send.failed ?? 0 },
    startedAt: send.startedAt,
    now: new Date(),
  })
  return (
    <div data-testid="issue-send-status" style={{ ...panelStyle, marginBottom: 16 }}>
      {send.status === 'done' && send.finishedAt ? (
        <p style={{ margin: 0 }}>
          Envoyé le {formatLongDateTime(send.finishedAt)} à {send.sent} abonné
          {(send.sent ?? 0) > 1 ? 's' : ''}
          {send.failed ? ` (${send.failed} en échec)` : ''}.
        </p>
      ) : (
        <>
          <p style={{ margin: '0 0 8px' }}>
            Envoi en cours : {done} / {total} ({send.failed ?? 0} en échec)
          </p>
          <progress
            aria-label="Progression de l’envoi"
            max={Math.max(total, 1)}
            value={done}
            style={{ width: '100%' }}
          />
          <p style={{ margin: '8px 0 0', fontSize: 13 }}>
            {mailsPerSecond ? `${mailsPerSecond.toFixed(0)} courriels/s` : 'Préparation…'}
            {etaSeconds !== null ? ` · fin estimée dans ${etaSeconds} s` : ''}
          </p>
          {send.lastError && (
            <p style={{ color: textColor.error }}>Dernière erreur : {send.lastError}</p>
          )}
        </>
      )}
    </div>
  )
}
