'use client'
/**
 * In the issue's edit view: the email as subscribers will get it (desktop and phone widths), the
 * warnings that block approval, and "Envoyer un test" to addresses the user types.
 */
import { useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { buttonStyle, panelStyle, textColor } from './adminStyles'
import { postAction } from './usePostAction'

type Warning = { level: 'error' | 'warning'; message: string }

const box = { ...panelStyle, padding: 16, marginBottom: 16 } as const

export function IssueEmailPanel() {
  const { id, lastUpdateTime } = useDocumentInfo()
  const [width, setWidth] = useState<600 | 375>(600)
  const [warnings, setWarnings] = useState<Warning[] | null>(null)
  const [htmlBytes, setHtmlBytes] = useState(0)
  const [version, setVersion] = useState(0)
  const [to, setTo] = useState('')
  const [sendState, setSendState] = useState<{
    kind: 'idle' | 'sending' | 'sent' | 'error'
    message?: string
  }>({ kind: 'idle' })

  const refresh = useCallback(() => setVersion((value) => value + 1), [])

  useEffect(() => {
    if (!id) return
    let isCurrent = true
    fetch(`/api/issues/${id}/warnings`, { credentials: 'include' })
      .then((response) => response.json())
      .then((body: { warnings?: Warning[]; htmlBytes?: number }) => {
        if (!isCurrent) return
        setWarnings(body.warnings ?? [])
        setHtmlBytes(body.htmlBytes ?? 0)
      })
      .catch(() => isCurrent && setWarnings(null))
    return () => {
      isCurrent = false
    }
  }, [id, lastUpdateTime, version])

  if (!id) return <p>Enregistrez le numéro pour voir l’aperçu du courriel.</p>

  const sendTest = async () => {
    setSendState({ kind: 'sending' })
    const { isOk, body } = await postAction<{ to?: string[]; outboxUrl?: string | null }>({
      url: `/api/issues/${id}/send-test`,
      json: { to },
    })
    if (!isOk)
      return setSendState({ kind: 'error', message: body.error ?? 'L’envoi du test a échoué.' })
    const where = body.outboxUrl ? ` (boîte d’envoi locale : ${body.outboxUrl}/)` : ''
    setSendState({
      kind: 'sent',
      message: `Test envoyé à ${body.to?.join(', ')} (un courriel par adresse)${where}.`,
    })
  }

  const errors = warnings?.filter((warning) => warning.level === 'error') ?? []
  return (
    <div data-testid="issue-email-panel">
      <div style={box}>
        <h3 style={{ marginTop: 0 }}>Vérifications</h3>
        {warnings === null ? (
          <p>Vérification…</p>
        ) : warnings.length === 0 ? (
          <p>Aucun problème détecté. Poids du courriel : {Math.round(htmlBytes / 1024)} Ko.</p>
        ) : (
          <>
            <ul data-testid="issue-warnings">
              {warnings.map((warning) => (
                <li
                  key={warning.message}
                  style={{
                    color: warning.level === 'error' ? textColor.error : 'inherit',
                  }}
                >
                  {warning.level === 'error' ? 'Erreur : ' : 'Attention : '}
                  {warning.message}
                </li>
              ))}
            </ul>
            {errors.length > 0 && (
              <p>Le numéro ne peut pas être approuvé tant qu’une erreur subsiste.</p>
            )}
          </>
        )}
      </div>
      <div style={box}>
        <h3 style={{ marginTop: 0 }}>Envoyer un test</h3>
        <p style={{ marginTop: 0 }}>
          Adresses séparées par des virgules (10 au plus), « Nom &lt;adresse&gt; » accepté. Chaque
          adresse reçoit son propre courriel, qui ne montre pas les autres ; il salue « Bonjour, »
          (votre prénom dans votre propre exemplaire). L’objet est préfixé de [TEST].
        </p>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <input
            aria-label="Adresses de test"
            value={to}
            onChange={(event) => setTo(event.target.value)}
            placeholder="prenom.nom@unipso.be, Anne Dupont <anne.dupont@unipso.be>"
            style={{
              flex: '1 1 260px',
              padding: 8,
              border: '1px solid var(--theme-elevation-400)',
              borderRadius: 4,
            }}
          />
          <button
            type="button"
            style={buttonStyle}
            onClick={sendTest}
            disabled={sendState.kind === 'sending'}
          >
            {sendState.kind === 'sending' ? 'Envoi…' : 'Envoyer un test'}
          </button>
        </div>
        {sendState.message && (
          <p
            role="status"
            style={{
              color: sendState.kind === 'error' ? textColor.error : textColor.success,
            }}
          >
            {sendState.message}
          </p>
        )}
      </div>
      <div style={box}>
        <h3 style={{ marginTop: 0 }}>Aperçu du courriel</h3>
        <p style={{ marginTop: 0 }}>Version enregistrée, telle que les abonnés la recevront.</p>
        <div style={{ display: 'flex', gap: 8, marginBottom: 12, flexWrap: 'wrap' }}>
          <button
            type="button"
            style={{ ...buttonStyle, fontWeight: width === 600 ? 700 : 400 }}
            onClick={() => setWidth(600)}
          >
            Ordinateur
          </button>
          <button
            type="button"
            style={{ ...buttonStyle, fontWeight: width === 375 ? 700 : 400 }}
            onClick={() => setWidth(375)}
          >
            Téléphone
          </button>
          <button type="button" style={buttonStyle} onClick={refresh}>
            Actualiser
          </button>
          <a
            href={`/api/issues/${id}/preview.txt`}
            target="_blank"
            rel="noreferrer"
            style={{ alignSelf: 'center' }}
          >
            Version texte
          </a>
        </div>
        <iframe
          key={`${lastUpdateTime}-${version}`}
          title="Aperçu du courriel"
          src={`/api/issues/${id}/preview`}
          style={{
            width: width === 600 ? 'min(100%, 680px)' : 375,
            height: 900,
            border: '1px solid var(--theme-elevation-150)',
            background: '#fff',
          }}
        />
      </div>
    </div>
  )
}
