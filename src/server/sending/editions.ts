import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { readEnv } from '@/config/env'
import { relationId } from '@/domain/content/relationId'
import { BRUSSELS } from '@/domain/dates/brussels'
import { IssueNotReadyError } from '@/domain/errors'
import { labelOf, ISSUE_STATUSES } from '@/domain/content/options'
import { blockingIssueProblems } from '@/domain/newsletter/blockingIssueProblems'
import type { EditionTemplates, FrozenEdition } from '@/domain/sending/edition'
import { editionHashInput } from '@/domain/sending/edition'
import type { IssueView } from '@/domain/newsletter/types'
import type { Edition, Issue } from '@/payload-types'
import { buildIssueEmail } from '../newsletter/issueEmail'

/** The List-Id of this installation's newsletter (RFC 2919), frozen with each edition. */
export const listIdFor = (serverUrl: string) => `actunipso.${new URL(serverUrl).hostname}`

const toFrozen = (doc: Edition): FrozenEdition => ({
  id: doc.id,
  issueId: relationId(doc.issue),
  month: doc.month,
  subject: doc.subject,
  preheader: doc.preheader ?? null,
  listId: doc.listId,
  view: doc.view as unknown as IssueView,
  templates: doc.templates as unknown as EditionTemplates,
  contentHash: doc.contentHash,
})

/** The frozen edition of an issue, or null when the issue was never frozen. */
export async function findEdition({
  payload,
  issueId,
}: {
  payload: Payload
  issueId: number | string
}): Promise<FrozenEdition | null> {
  const { docs } = await payload.find({
    collection: 'editions',
    where: { issue: { equals: issueId } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ? toFrozen(docs[0]) : null
}

/**
 * Freezes an issue into its edition, once: the live content is loaded and rendered now, and these
 * bytes are what every batch and the archive will use. Idempotent and safe between two workers:
 * an existing edition is returned as it is, and the unique index on `issue` decides a race.
 */
export async function freezeEdition({
  payload,
  issue,
  now = new Date(),
}: {
  payload: Payload
  issue: Issue
  now?: Date
}): Promise<FrozenEdition> {
  const existing = await findEdition({ payload, issueId: issue.id })
  if (existing) return existing
  if (!['approved', 'scheduled', 'sending'].includes(issue.status))
    throw new IssueNotReadyError(
      `Envoi refusé : le numéro est « ${labelOf(ISSUE_STATUSES, issue.status)} », il n’est plus approuvé.`,
    )
  const { source, view, templates } = await buildIssueEmail({ payload, issue })
  // Checked again here, not only at approval: an article can go back to draft in between.
  const problems = blockingIssueProblems(source)
  if (problems.length > 0) throw new IssueNotReadyError(`Envoi refusé : ${problems.join(' ')}`)
  const listId = listIdFor(readEnv().serverUrl)
  const contentHash = `sha256:${crypto
    .createHash('sha256')
    .update(
      editionHashInput({ subject: view.subject, preheader: view.preheader, listId, templates }),
    )
    .digest('hex')}`
  try {
    const created = await payload.create({
      collection: 'editions',
      data: {
        issue: issue.id,
        month: issue.month,
        number: issue.number,
        subject: view.subject,
        preheader: view.preheader,
        listId,
        contentHash,
        frozenAt: now.toISOString(),
        frozenAt_tz: BRUSSELS,
        view: view as unknown as Edition['view'],
        templates: templates as unknown as Edition['templates'],
      },
      overrideAccess: true,
    })
    return toFrozen(created)
  } catch (error) {
    const raced = await findEdition({ payload, issueId: issue.id })
    if (raced) return raced
    throw error
  }
}
