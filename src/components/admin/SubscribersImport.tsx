'use client'
/** Above the subscriber list: import a CSV file (with its per-line report) and export the list. */
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { buttonStyle, panelStyle, textColor } from './adminStyles'
import { usePostAction } from './usePostAction'

type ImportReport = {
  created: number
  updated: number
  rejected: Array<{ line: number; email: string; reason: string }>
}

export function SubscribersImport() {
  const router = useRouter()
  const [file, setFile] = useState<File | null>(null)
  const [source, setSource] = useState('')
  const hasSource = source.trim().length > 0
  // The message is the failure alone: a successful import shows its report instead.
  const { message: error, setMessage: setError, isBusy: busy, post } = usePostAction()
  const [report, setReport] = useState<ImportReport | null>(null)
  const upload = async () => {
    if (!file) return
    setReport(null)
    const query = new URLSearchParams({ file: file.name, source })
    const { isOk, body } = await post<ImportReport>({
      url: `/api/subscribers/import?${query.toString()}`,
      pending: null,
      body: await file.text(),
      contentType: 'text/csv; charset=utf-8',
    })
    if (!isOk) setError(body.error ?? 'L’import a échoué : rien n’a été importé.')
    else {
      setReport(body)
      router.refresh()
    }
  }
  return (
    <section aria-label="Importer des abonnés" style={panelStyle}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
        <label>
          Fichier CSV (colonnes email, prénom, nom, organisation) :{' '}
          <input
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
        <label style={{ flex: '1 1 100%' }}>
          Source du consentement (obligatoire) :{' '}
          <input
            type="text"
            required
            maxLength={300}
            value={source}
            onChange={(event) => setSource(event.target.value)}
            placeholder="Liste des participants du Forum 2019, consentement écrit"
            aria-describedby="subscribers-import-source-help"
            style={{ width: '100%', maxWidth: 560 }}
          />
        </label>
        <p id="subscribers-import-source-help" style={{ flex: '1 1 100%', margin: 0 }}>
          D’où vient l’accord des personnes importées ? Enregistré sur chaque abonné créé et repris
          dans l’export RGPD.
        </p>
        <button
          type="button"
          onClick={upload}
          disabled={!file || !hasSource || busy}
          style={buttonStyle}
        >
          {busy ? 'Import…' : 'Importer'}
        </button>
        <a href="/api/subscribers/export.csv" style={{ ...buttonStyle, textDecoration: 'none' }}>
          Exporter en CSV
        </a>
      </div>
      {error && (
        <p role="alert" style={{ color: textColor.error }}>
          {error}
        </p>
      )}
      {report && (
        <div role="status">
          <p>
            {report.created} abonné(s) ajouté(s), {report.updated} mis à jour,{' '}
            {report.rejected.length} ligne(s) refusée(s).
          </p>
          {report.rejected.length > 0 && (
            <ul>
              {report.rejected.map((row) => (
                <li key={row.line}>
                  Ligne {row.line} ({row.email || 'sans adresse'}) : {row.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}
