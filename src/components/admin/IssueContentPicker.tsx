'use client'
/**
 * The issue's « Dossiers et projets », « Agenda » and « Conférences »: the chosen documents in
 * order (italics rendered, date and status beside each, move up or down, remove), and a plain
 * `<select>` to add one, by date, that leaves out past events and articles another sent issue
 * carried unless « Proposer aussi… » is ticked. Choices come from GET /api/issues/picker-choices.
 */
import type { RelationshipFieldClientComponent } from 'payload'
import { useDocumentInfo, useField } from '@payloadcms/ui'
import { useEffect, useId, useRef, useState } from 'react'

import type { PickerChoice } from '@/domain/newsletter/pickerChoice'

import { textColor } from './adminStyles'
import { ItalicTitle } from './ItalicTitle'

type Choices = { choices: PickerChoice[]; selected: PickerChoice[]; hiddenCount: number }
type Id = number | string

const SHOW_ALL_LABELS: Record<string, string> = {
  articles: 'Proposer aussi les articles déjà envoyés dans un autre numéro',
  'agenda-items': 'Proposer aussi les événements passés',
  conferences: 'Proposer aussi les conférences passées',
}
const small = { padding: '2px 8px', fontSize: 12, cursor: 'pointer' } as const

export const IssueContentPicker: RelationshipFieldClientComponent = ({ field, path, readOnly }) => {
  const relationTo = String(field.relationTo)
  const { id: issueId } = useDocumentInfo()
  const { value, setValue, showError, errorMessage } = useField<Id[] | null>({ path })
  const chosen = Array.isArray(value) ? value : []
  const [showAll, setShowAll] = useState(false)
  const [data, setData] = useState<Choices | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  // The choices are fetched once per filter: the current ones only name the chosen documents.
  const chosenRef = useRef(chosen)
  useEffect(() => {
    chosenRef.current = chosen
  })
  const baseId = useId()
  const label = typeof field.label === 'string' ? field.label : path
  const description =
    typeof field.admin?.description === 'string' ? field.admin.description : undefined

  useEffect(() => {
    let isCurrent = true
    const query = new URLSearchParams({
      collection: relationTo,
      issue: issueId ? String(issueId) : '',
      ids: chosenRef.current.join(','),
      all: showAll ? '1' : '0',
    })
    fetch(`/api/issues/picker-choices?${query.toString()}`, { credentials: 'include' })
      .then(async (response) => {
        const body = (await response.json()) as Choices & { error?: string }
        if (!isCurrent) return
        if (!response.ok) return setLoadError(body.error ?? 'Choix indisponibles.')
        setData(body)
        setLoadError(null)
      })
      .catch(() => isCurrent && setLoadError('Choix indisponibles : vérifiez la connexion.'))
    return () => {
      isCurrent = false
    }
  }, [relationTo, issueId, showAll])

  const known = new Map<string, PickerChoice>()
  for (const choice of [...(data?.selected ?? []), ...(data?.choices ?? [])])
    known.set(String(choice.id), choice)
  const isChosen = new Set(chosen.map(String))
  const offered = (data?.choices ?? []).filter((choice) => !isChosen.has(String(choice.id)))

  const move = (index: number, by: -1 | 1) => {
    const next = [...chosen]
    const [item] = next.splice(index, 1)
    next.splice(index + by, 0, item as Id)
    setValue(next)
  }
  const add = (raw: string) => {
    const choice = offered.find((option) => String(option.id) === raw)
    if (choice) setValue([...chosen, choice.id])
  }

  return (
    <fieldset
      className="field-type"
      id={`field-${path}`}
      data-testid={`picker-${path}`}
      style={{ border: 0, padding: 0, margin: '0 0 24px', minWidth: 0 }}
    >
      <legend id={`${baseId}-label`} className="field-label" style={{ padding: 0 }}>
        {label}
      </legend>
      {chosen.length === 0 ? (
        <p style={{ margin: '0 0 8px' }}>Aucun pour l’instant.</p>
      ) : (
        <ol aria-labelledby={`${baseId}-label`} style={{ margin: '0 0 8px', paddingLeft: 24 }}>
          {chosen.map((id, index) => {
            const choice = known.get(String(id))
            const name = choice?.label.split(' — ')[0] ?? `n° ${id}`
            return (
              <li key={String(id)} style={{ marginBottom: 6 }}>
                <span>{choice ? <ItalicTitle text={choice.title} /> : `n° ${id}`}</span>
                {choice ? (
                  <span style={{ color: 'var(--theme-elevation-700)', fontSize: 13 }}>
                    {' '}
                    — {choice.details}
                  </span>
                ) : null}
                {readOnly ? null : (
                  <span style={{ display: 'inline-flex', gap: 4, marginLeft: 8 }}>
                    <button
                      type="button"
                      style={small}
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                      aria-label={`Monter « ${name} »`}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      style={small}
                      disabled={index === chosen.length - 1}
                      onClick={() => move(index, 1)}
                      aria-label={`Descendre « ${name} »`}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      style={small}
                      onClick={() => setValue(chosen.filter((other) => other !== id))}
                      aria-label={`Retirer « ${name} »`}
                    >
                      Retirer
                    </button>
                  </span>
                )}
              </li>
            )
          })}
        </ol>
      )}
      {readOnly ? null : (
        <>
          <label htmlFor={`${baseId}-add`} style={{ display: 'block', marginBottom: 4 }}>
            Ajouter à « {label} »
          </label>
          <select
            id={`${baseId}-add`}
            value=""
            disabled={!data}
            onChange={(event) => add(event.target.value)}
            style={{
              width: '100%',
              padding: 8,
              border: '1px solid var(--theme-elevation-400)',
              borderRadius: 4,
              background: 'var(--theme-input-bg)',
              color: 'var(--theme-text)',
            }}
          >
            <option value="">
              {data
                ? offered.length
                  ? `Choisir parmi ${offered.length}…`
                  : 'Rien d’autre à proposer'
                : 'Chargement…'}
            </option>
            {offered.map((choice) => (
              <option key={String(choice.id)} value={String(choice.id)}>
                {choice.label}
              </option>
            ))}
          </select>
          <label style={{ display: 'flex', gap: 6, alignItems: 'center', marginTop: 6 }}>
            <input
              type="checkbox"
              checked={showAll}
              onChange={(event) => setShowAll(event.target.checked)}
            />
            {SHOW_ALL_LABELS[relationTo]}
            {data && !showAll && data.hiddenCount > 0
              ? ` (${data.hiddenCount} masqué${data.hiddenCount > 1 ? 's' : ''})`
              : ''}
          </label>
        </>
      )}
      {loadError ? (
        <p role="alert" style={{ color: textColor.error }}>
          {loadError}
        </p>
      ) : null}
      {showError && errorMessage ? (
        <p role="alert" style={{ color: textColor.error }}>
          {errorMessage}
        </p>
      ) : null}
      {description ? (
        <p className="field-description" style={{ marginTop: 4 }}>
          {description}
        </p>
      ) : null}
    </fieldset>
  )
}
