import type { CollectionAfterChangeHook, PayloadRequest, Where } from 'payload'

import type { FeaturedDocument } from '@/domain/content/reviewReturn'
import {
  APPROVED_STATUSES,
  hasDocumentChanged,
  reviewReturnNote,
} from '@/domain/content/reviewReturn'

/** How an issue features a document: through one of its relationships, or its meetings window. */
export type FeaturedKind = 'article' | 'agendaItem' | 'conference' | 'meeting'

const RELATION_FIELDS = {
  article: 'articles',
  agendaItem: 'agendaItems',
  conference: 'conferences',
} as const

/** Fields a save may change without changing any issue (meetings' internal notes). */
const IGNORED_FIELDS: Record<FeaturedKind, string[]> = {
  article: [],
  agendaItem: [],
  conference: [],
  meeting: ['notes'],
}

/** Issues whose meetings window holds one of these instants (as loadIssueSource reads it). */
const windowHolding = (instants: string[]): Where => ({
  or: instants.map((startsAt): Where => ({
    and: [
      { meetingsFrom: { less_than_equal: startsAt } },
      { meetingsUntil: { greater_than_equal: startsAt } },
    ],
  })),
})

const describe = (kind: FeaturedKind, doc: Record<string, unknown>): FeaturedDocument =>
  kind === 'meeting'
    ? { kind, startsAt: String(doc.startsAt) }
    : { kind, title: String(doc.title ?? '') }

/**
 * A save of a document that approved or scheduled issues feature sends those issues back to
 * « Prêt à relire », with a French note on each (shown in its sidebar) and a log line: what
 * communication approved is what goes out. A meeting counts for the issues whose window held it
 * before or holds it now. Sending and sent issues are never touched (their edition is frozen).
 * The move is made as the system actor (no user) in the same request context, since the editor
 * who saved the article may not change an issue's status themselves.
 */
export function returnFeaturingIssuesToReview(kind: FeaturedKind): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, operation, req }) => {
    if (req.context.isSender) return doc
    if (
      operation === 'update' &&
      !hasDocumentChanged({ before: previousDoc, after: doc, ignored: IGNORED_FIELDS[kind] })
    )
      return doc
    const featuring: Where =
      kind === 'meeting'
        ? windowHolding(
            [doc.startsAt, previousDoc?.startsAt].filter(
              (value): value is string => typeof value === 'string',
            ),
          )
        : { [RELATION_FIELDS[kind]]: { in: [doc.id] } }
    const { docs: issues } = await req.payload.find({
      collection: 'issues',
      where: { and: [{ status: { in: [...APPROVED_STATUSES] } }, featuring] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { id: true, month: true },
    })
    if (issues.length === 0) return doc
    const note = reviewReturnNote({ document: describe(kind, doc), at: new Date() })
    // Same transaction, but no user: enforceIssueWorkflow then acts as 'system'.
    const systemReq: Partial<PayloadRequest> = {
      transactionID: req.transactionID,
      context: { ...req.context },
    }
    for (const issue of issues) {
      await req.payload.update({
        collection: 'issues',
        id: issue.id,
        data: { status: 'ready', workflowNote: note },
        overrideAccess: true,
        req: systemReq,
      })
      req.payload.logger.info({
        issue: issue.id,
        month: issue.month,
        document: doc.id,
        user: req.user?.id ?? 'system',
        msg: note,
      })
    }
    return doc
  }
}
