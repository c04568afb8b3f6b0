import { formatHour, formatShortDate } from '../dates/brussels'
import { toPlainTitle } from './inlineItalics'
import type { IssueStatus } from './options'

/**
 * The statuses in which communication has approved the content as it is: any content edit must
 * send the issue back to review, so what was approved is what goes out. Sending and sent issues
 * are never moved: their edition is frozen.
 */
export const APPROVED_STATUSES: ReadonlyArray<IssueStatus> = ['approved', 'scheduled']

export const isApprovedStatus = (status: string | null | undefined): boolean =>
  APPROVED_STATUSES.includes(status as IssueStatus)

/** The issue's own content fields, with how the workflow note names them. */
export const ISSUE_CONTENT_FIELDS = [
  { name: 'number', label: 'le numéro' },
  { name: 'month', label: 'le mois' },
  { name: 'subject', label: 'l’objet' },
  { name: 'preheader', label: 'le texte d’aperçu' },
  { name: 'editors', label: 'les rédacteurs' },
  { name: 'articles', label: 'les articles' },
  { name: 'agendaItems', label: 'l’agenda' },
  { name: 'conferences', label: 'les conférences' },
  { name: 'meetingsFrom', label: 'la période des réunions' },
  { name: 'meetingsUntil', label: 'la période des réunions' },
  { name: 'footer', label: 'le pied de page' },
] as const

/** Metadata a save rewrites without changing what readers see. */
const METADATA_KEYS = new Set(['id', 'createdAt', 'updatedAt', 'sequence'])
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/**
 * A value reduced to what it means: a populated document (it has an id and a createdAt) becomes
 * its id, an ISO date its instant, an empty string null. The same document read at depth 0 and at
 * depth 2, or typed by the admin form, then compares equal.
 */
function normalize(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return ISO_DATE.test(value) ? String(Date.parse(value)) : value
  if (Array.isArray(value)) return value.map(normalize)
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && 'createdAt' in record) return normalize(record.id)
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, normalize(record[key])])
        .filter(([, entry]) => entry !== null),
    )
  }
  return value
}

const isSame = (a: unknown, b: unknown) =>
  JSON.stringify(normalize(a)) === JSON.stringify(normalize(b))

/**
 * The content fields of an issue that a write changes, named in French (deduplicated). Only the
 * fields present in `after` count: a status-only write (approve, schedule, the sender's own
 * updates) changes nothing, even when the admin form sends every field back unchanged.
 *
 * @example changedIssueContent({ before: { subject: 'A', status: 'approved' }, after: { subject: 'B' } }) // ['l’objet']
 */
export function changedIssueContent({
  before,
  after,
}: {
  before: Record<string, unknown>
  after: Record<string, unknown>
}): string[] {
  const labels = ISSUE_CONTENT_FIELDS.filter(
    ({ name }) => name in after && !isSame(before[name], after[name]),
  ).map(({ label }) => label)
  return [...new Set(labels)]
}

/**
 * Whether a save changed a document beyond its metadata (`updatedAt`, `sequence`…) and the
 * `ignored` fields (internal notes nobody reads in the issue).
 *
 * @example hasDocumentChanged({ before: { title: 'A', updatedAt: '…' }, after: { title: 'A', updatedAt: '…2' } }) // false
 */
export function hasDocumentChanged({
  before,
  after,
  ignored = [],
}: {
  before: Record<string, unknown> | null | undefined
  after: Record<string, unknown>
  ignored?: ReadonlyArray<string>
}): boolean {
  if (!before) return true
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...keys].some(
    (key) => !METADATA_KEYS.has(key) && !ignored.includes(key) && !isSame(before[key], after[key]),
  )
}

/** A document that issues feature, as the workflow note names it. */
export type FeaturedDocument =
  | { kind: 'article'; title: string }
  | { kind: 'agendaItem'; title: string }
  | { kind: 'conference'; title: string }
  | { kind: 'meeting'; startsAt: string }
  | { kind: 'issue'; fields: string[] }

const subjectOf = (document: FeaturedDocument): { text: string; isFeminine: boolean } => {
  switch (document.kind) {
    case 'article':
      return { text: `l’article « ${toPlainTitle(document.title)} »`, isFeminine: false }
    case 'agendaItem':
      return { text: `l’événement « ${toPlainTitle(document.title)} »`, isFeminine: false }
    case 'conference':
      return { text: `la conférence « ${toPlainTitle(document.title)} »`, isFeminine: true }
    case 'meeting':
      return { text: `la réunion du ${formatShortDate(document.startsAt)}`, isFeminine: true }
    case 'issue':
      return {
        text: `le contenu du numéro (${document.fields.join(', ')})`,
        isFeminine: false,
      }
  }
}

/**
 * The French note an issue carries after it was sent back to review, shown in its sidebar.
 *
 * @example reviewReturnNote({ document: { kind: 'article', title: 'Budget' }, at }) // 'Retour en relecture : l’article « Budget » a été modifié le 30/11/2026 à 14h05 après l’approbation.'
 */
export function reviewReturnNote({
  document,
  at,
}: {
  document: FeaturedDocument
  at: Date
}): string {
  const { text, isFeminine } = subjectOf(document)
  return `Retour en relecture : ${text} a été modifié${isFeminine ? 'e' : ''} le ${formatShortDate(at.toISOString())} à ${formatHour(at.toISOString())} après l’approbation.`
}
