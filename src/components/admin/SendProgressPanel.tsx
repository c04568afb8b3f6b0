'use client'
/** At the top of a send: live counts per delivery status, pace, estimated end, link to the log. */
import { useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useState } from 'react'

import type { SendProgressView } from '@/domain/sending/progress'

import { panelStyle, textColor } from './adminStyles'
import { usePolling } from './usePolling'

type Progress = SendProgressView & { status: string; lastError: string | null }

const ROWS: Array<[keyof Progress, string]> = [
  ['queued', 'En attente'],
  ['sent', 'Envoyés'],
  ['delivered', 'Distribués'],
  ['bounced', 'Rejetés (bounce)'],
  ['complained', 'Plaintes'],
  ['failed', 'En échec'],
]

const duration = (seconds: number) =>
  seconds < 90 ? `${seconds} s` : `${Math.round(seconds / 60)} min`

export function SendProgressPanel() {
  const { id } = useDocumentInfo()
  const [progress, setProgress] = useState<Progress | null>(null)
  const [error, setError] = useState<string | null>(null)

  usePolling(
    useCallback(
      async (isCurrent) => {
        if (!id) return null
        const response = await fetch(`/api/sends/${id}/progress`, { credentials: 'include' })
        if (!isCurrent()) return null
        if (!response.ok) {
          setError('Progression indisponible.')
          return null
        }
        const next = (await response.json()) as Progress
        setProgress(next)
        // Webhooks keep moving "sent" to "delivered" after the end: keep polling a little slower.
        return next.isFinished ? 10_000 : 2_000
      },
      [id],
    ),
  )

  if (error) return <p role="alert">{error}</p>
  if (!progress) return null
  return (
    <section
      aria-label="Progression de l’envoi"
      data-testid="send-progress"
      style={{ ...panelStyle, padding: 16 }}
    >
      <p style={{ margin: '0 0 8px', fontWeight: 600 }}>
        {progress.isFinished ? 'Envoi terminé' : 'Envoi en cours'} : {progress.processed} /{' '}
        {progress.total} ({progress.percent} %)
      </p>
      <progress
        aria-label="Courriels traités"
        max={Math.max(progress.total, 1)}
        value={progress.processed}
        style={{ width: '100%' }}
      />
      <table style={{ marginTop: 12, borderCollapse: 'collapse' }}>
        <tbody>
          {ROWS.map(([key, label]) => (
            <tr key={key}>
              <th scope="row" style={{ textAlign: 'left', paddingRight: 16, fontWeight: 400 }}>
                {label}
              </th>
              <td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                {String(progress[key])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p style={{ margin: '12px 0 0', fontSize: 13 }}>
        {progress.mailsPerSecond !== null
          ? `${progress.mailsPerSecond.toFixed(1)} courriels/s`
          : 'Pas encore commencé'}
        {progress.etaSeconds !== null ? ` · fin estimée dans ${duration(progress.etaSeconds)}` : ''}
        {' · '}
        <a href={`/admin/collections/deliveries?where[send][equals]=${id}`}>
          Journal des distributions
        </a>
      </p>
      {progress.lastError && (
        <p style={{ color: textColor.error }}>Dernière erreur : {progress.lastError}</p>
      )}
    </section>
  )
}
