'use client'
/** Above the subscriber list: import a CSV file (with its per-line report) and export the list. */
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type ImportReport = {
  created: number
  updated: number
  rejected: Array<{ line: number; email: string; reason: string }>
}

const buttonStyle = {
  padding: '8px 14px',
  borderRadius: 4,
  border: '1px solid var(--theme-elevation-400)',
  background: 'var(--theme-elevation-50)',
  color: 'var(--theme-text)',
  cursor: 'pointer',
}

export function SubscribersImport() {
  const router = useRouter()
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const upload = async () => {
    if (!file) return
    setBusy(true)
    setError(null)
    setReport(null)
    try {
      const response = await fetch(
        `/api/subscribers/import?file=${encodeURIComponent(file.name)}`,
        {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'text/csv; charset=utf-8' },
          body: await file.text(),
        },
      )
      const body = (await response.json().catch(() => ({}))) as ImportReport & { error?: string }
      if (!response.ok) setError(body.error ?? 'L’import a échoué : rien n’a été importé.')
      else {
        setReport(body)
        router.refresh()
      }
    } finally {
      setBusy(false)
    }
  }
  return (
    <section
      aria-label="Importer des abonnés"
      style={{
        marginBottom: 24,
        padding: 12,
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
      }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
        <label>
          Fichier CSV (colonnes email, prénom, nom, organisation) :{' '}
          <input
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
        <button type="button" onClick={upload} disabled={!file || busy} style={buttonStyle}>
          {busy ? 'Import…' : 'Importer'}
        </button>
        <a href="/api/subscribers/export.csv" style={{ ...buttonStyle, textDecoration: 'none' }}>
          Exporter en CSV
        </a>
      </div>
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
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
