import { isEmailAddress } from '../mail/emailAddress'
import { normalizeSingleLine } from '../content/inlineItalics'
import type { CsvTable } from './csv'
import type { SubscriberStatus } from './subscription'
import { normalizeEmail } from './subscription'
import { suppressionHash } from './suppression'

export type ImportRow = {
  line: number
  email: string
  firstName: string
  lastName: string
  organisation: string
}
export type ImportPlan = {
  toCreate: ImportRow[]
  toUpdate: Array<ImportRow & { id: number | string }>
  rejected: Array<{ line: number; email: string; reason: string }>
}

const COLUMNS: Record<keyof Omit<ImportRow, 'line'>, string[]> = {
  email: ['email', 'e-mail', 'courriel', 'adresse', 'mail'],
  firstName: ['prénom', 'prenom', 'firstname', 'first name'],
  lastName: ['nom', 'lastname', 'last name', 'nom de famille'],
  organisation: ['organisation', 'organization', 'fédération', 'federation', 'institution'],
}
/** Longest consent statement kept (it is stored on every imported row). */
export const CONSENT_SOURCE_MAX_LENGTH = 300

const CONSENT_SOURCE_REQUIRED =
  'Indiquez la source du consentement des personnes importées (par exemple « Liste des participants du Forum 2019, consentement écrit ») : rien n’a été importé.'

/**
 * The staff member's statement of where the imported people's consent comes from (GDPR: the
 * federation must be able to prove every subscription). Required: blank, or made only of invisible
 * characters, is refused with the French message to show.
 *
 * @example readConsentSource('  Forum 2019,\n consentement écrit ') // { source: 'Forum 2019, consentement écrit' }
 */
export function readConsentSource(value: unknown): { source: string } | { error: string } {
  const source =
    typeof value === 'string'
      ? normalizeSingleLine(value.replace(/\p{Cf}/gu, '')).slice(0, CONSENT_SOURCE_MAX_LENGTH)
      : ''
  return source ? { source } : { error: CONSENT_SOURCE_REQUIRED }
}

/** Addresses that must never be brought back by an import. */
const SUPPRESSED: SubscriberStatus[] = ['unsubscribed', 'bounced', 'complained']

/**
 * Decides, without writing anything, what an import does: new addresses are created, known
 * pending or active ones get their names updated, and unsubscribed, bounced or complained
 * people are never reactivated. Every refused line says why.
 */
export function planImport({
  table,
  existing,
  suppressed = new Set(),
}: {
  table: CsvTable
  existing: Map<string, { id: number | string; status: SubscriberStatus }>
  /** Hashes of people erased at their request (see suppressionHash). */
  suppressed?: Set<string>
}): { plan: ImportPlan } | { error: string } {
  const lower = table.header.map((name) => name.toLowerCase())
  const indexOf = (names: string[]) => lower.findIndex((name) => names.includes(name))
  const columns = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, names]) => [key, indexOf(names)]),
  ) as Record<keyof typeof COLUMNS, number>
  if (columns.email < 0)
    return {
      error: `Colonne « email » introuvable dans l’en-tête (${table.header.join(', ') || 'vide'}).`,
    }
  const plan: ImportPlan = { toCreate: [], toUpdate: [], rejected: [] }
  const seen = new Map<string, number>()
  for (const { line, cells } of table.rows) {
    const cell = (column: number) =>
      column >= 0 ? normalizeSingleLine(cells[column] ?? '').slice(0, 120) : ''
    const email = normalizeEmail(cells[columns.email] ?? '')
    const row: ImportRow = {
      line,
      email,
      firstName: cell(columns.firstName),
      lastName: cell(columns.lastName),
      organisation: cell(columns.organisation),
    }
    if (cells.length !== table.header.length) {
      plan.rejected.push({
        line,
        email,
        reason: `${cells.length} colonnes au lieu de ${table.header.length}`,
      })
      continue
    }
    if (!isEmailAddress(email)) {
      plan.rejected.push({ line, email, reason: 'adresse invalide' })
      continue
    }
    if (seen.has(email)) {
      plan.rejected.push({ line, email, reason: `doublon de la ligne ${seen.get(email)}` })
      continue
    }
    seen.set(email, line)
    const known = existing.get(email)
    if (!known && suppressed.has(suppressionHash(email))) {
      plan.rejected.push({
        line,
        email,
        reason:
          'effacé à sa demande (RGPD) : seul un nouvel abonnement par le formulaire peut le réinscrire',
      })
    } else if (known && SUPPRESSED.includes(known.status)) {
      plan.rejected.push({
        line,
        email,
        reason: 'désinscrit ou en erreur : un import ne le réinscrit jamais',
      })
    } else if (known) {
      plan.toUpdate.push({ ...row, id: known.id })
    } else {
      plan.toCreate.push(row)
    }
  }
  return { plan }
}
