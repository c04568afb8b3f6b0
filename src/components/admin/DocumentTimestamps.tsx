'use client'
/**
 * Beside « Sauvegarder »: when the document was last modified and created, in Brussels time.
 * Payload's own header prints both in the browser's zone (custom.css hides it), while every date
 * field of the form is Brussels: one zone everywhere.
 */
import { useDocumentInfo } from '@payloadcms/ui'

import { formatAdminDateTime } from '@/domain/dates/brussels'

export function DocumentTimestamps() {
  const { data } = useDocumentInfo()
  const { updatedAt, createdAt } = (data ?? {}) as { updatedAt?: string; createdAt?: string }
  if (!updatedAt) return null
  return (
    <p
      data-testid="document-timestamps"
      title="Heure de Bruxelles"
      style={{ margin: 0, fontSize: 13, lineHeight: 1.4, color: 'var(--theme-elevation-800)' }}
    >
      Modifié le {formatAdminDateTime(updatedAt)}
      {createdAt ? (
        <>
          <br />
          Créé le {formatAdminDateTime(createdAt)}
        </>
      ) : null}
    </p>
  )
}
