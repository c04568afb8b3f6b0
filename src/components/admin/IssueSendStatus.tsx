'use client'
/** In the issue's sidebar: the send's live progress, then "Envoyé le … à N abonnés". */
import { useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useState } from 'react'

import { formatLongDateTime } from '@/domain/dates/brussels'
import { sendProgressView } from '@/domain/sending/progress'

import { panelStyle } from './adminStyles'
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

export function IssueSendStatus() {
  const { id, data } = useDocumentInfo()
  const savedStatus = (data as { status?: string } | undefined)?.status
  const [send, setSend] = useState<Send | null>(null)

  usePolling(
    useCallback(
      async (isCurrent) => {
        if (!id) return null
        const response = await fetch(`/api/sends?where[issue][equals]=${id}&depth=0&limit=1`, {
          credentials: 'include',
        })
        if (!response.ok || !isCurrent()) return null
        const next = ((await response.json()) as { docs: Send[] }).docs[0] ?? null
        setSend(next)
        if (next && next.status !== 'done') return 2000
        // Scheduled: the send appears when the scheduler starts it (within a minute of the time).
        if (!next && (savedStatus === 'scheduled' || savedStatus === 'sending')) return 10_000
        return null
      },
      [id, savedStatus],
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
          <progress max={Math.max(total, 1)} value={done} style={{ width: '100%' }} />
          <p style={{ margin: '8px 0 0', fontSize: 13 }}>
            {mailsPerSecond ? `${mailsPerSecond.toFixed(0)} courriels/s` : 'Préparation…'}
            {etaSeconds !== null ? ` · fin estimée dans ${etaSeconds} s` : ''}
          </p>
          {send.lastError && (
            <p style={{ color: 'var(--theme-error-500)' }}>Dernière erreur : {send.lastError}</p>
          )}
        </>
      )}
    </div>
  )
}
