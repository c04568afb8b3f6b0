import type { Payload, Where } from 'payload'

import { formatIssueMonth, validateIssueMonth } from '@/domain/content/issueMonth'
import { readFrozenView } from '@/domain/newsletter/frozenView'
import type { IssueView } from '@/domain/newsletter/types'

export type ArchiveEntry = { month: string; monthLabel: string; number: number; subject: string }

/** Editions still public: every frozen edition but those withdrawn from the archive. */
const isPublic: Where = {
  or: [{ isWithdrawn: { equals: false } }, { isWithdrawn: { exists: false } }],
}

/**
 * The public archive: the editions as they were sent, newest first, never live issues. Editions
 * are staff-only, so this reads them with overrideAccess and returns only what the list shows.
 */
export async function listArchive(payload: Payload): Promise<ArchiveEntry[]> {
  const { docs } = await payload.find({
    collection: 'editions',
    where: isPublic,
    sort: '-month',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { month: true, number: true, subject: true },
  })
  return docs.map((edition) => ({
    month: edition.month,
    monthLabel: formatIssueMonth(edition.month),
    number: edition.number,
    subject: edition.subject,
  }))
}

/**
 * The view model of a month's sent edition, exactly as it was frozen when its send started: a
 * document edited, added or removed since never shows (an older view is only brought to today's
 * shape by readFrozenView). Null when no edition of that month is
 * public (never sent, or withdrawn).
 */
export async function archivedIssueView(
  payload: Payload,
  month: string,
): Promise<IssueView | null> {
  if (validateIssueMonth(month) !== true) return null
  const { docs } = await payload.find({
    collection: 'editions',
    where: { and: [{ month: { equals: month } }, isPublic] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { view: true },
  })
  const edition = docs[0]
  return edition ? readFrozenView(edition.view) : null
}

export type ArchivedEdition = {
  month: string
  number: number
  subject: string
  preheader: string | null
  /** When its send froze it: the issue's publication date. */
  frozenAt: string
  view: IssueView
}

/** The latest public editions with their views, newest first (the Atom feed of the archive). */
export async function latestArchivedEditions(
  payload: Payload,
  { limit = 24 }: { limit?: number } = {},
): Promise<ArchivedEdition[]> {
  const { docs } = await payload.find({
    collection: 'editions',
    where: isPublic,
    sort: '-month',
    limit,
    depth: 0,
    overrideAccess: true,
    select: {
      month: true,
      number: true,
      subject: true,
      preheader: true,
      frozenAt: true,
      view: true,
    },
  })
  return docs.map((edition) => ({
    month: edition.month,
    number: edition.number,
    subject: edition.subject,
    preheader: edition.preheader ?? null,
    frozenAt: edition.frozenAt,
    view: readFrozenView(edition.view),
  }))
}
