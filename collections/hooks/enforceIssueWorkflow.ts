import type { CollectionBeforeChangeHook } from 'payload'

import type { IssueStatus } from '@/domain/content/options'
import type { StatusActor } from '@/domain/content/issueWorkflow'
import { canChangeIssueStatus } from '@/domain/content/issueWorkflow'
import type { Issue } from '@/payload-types'
import { buildIssueEmail } from '@/server/newsletter/issueEmail'
import { roleOf } from '../access/roleOf'
import { fieldError } from './fieldError'

/**
 * Applies the issue workflow (draft → ready → approved → scheduled → sending → sent) to every
 * write, whatever the door (admin, REST, Local API with a user). Trusted server code without a
 * user, such as the seed or the sender, acts as 'system'.
 */
export const enforceIssueWorkflow: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  const from = originalDoc?.status as IssueStatus | undefined
  const to = (data.status ?? from ?? 'draft') as IssueStatus
  const actor: StatusActor = req.user ? (roleOf(req.user) ?? 'editor') : 'system'
  const verdict = canChangeIssueStatus({ from, to, actor })
  if (!verdict.isAllowed) {
    throw fieldError({ req, collection, path: 'status', label: 'Statut', message: verdict.message })
  }
  const scheduledAt = data.scheduledAt ?? originalDoc?.scheduledAt
  if (to === 'scheduled' && from !== 'scheduled' && actor !== 'system') {
    if (!scheduledAt) {
      throw fieldError({
        req,
        collection,
        path: 'scheduledAt',
        label: 'Envoi programmé le',
        message: 'Indiquez la date et l’heure d’envoi pour programmer ce numéro.',
      })
    }
    if (Date.parse(scheduledAt) <= Date.now()) {
      throw fieldError({
        req,
        collection,
        path: 'scheduledAt',
        label: 'Envoi programmé le',
        message: 'La date d’envoi programmée doit être dans le futur.',
      })
    }
  }
  if (to === 'approved' && from !== 'approved' && actor !== 'system') {
    // Approval means "ready to go out": the checks the preview shows as errors must be fixed first.
    const { warnings } = await buildIssueEmail({
      payload: req.payload,
      issue: { ...originalDoc, ...data } as Issue,
      req,
    })
    const errors = warnings
      .filter((warning) => warning.level === 'error')
      .map((warning) => warning.message)
    if (errors.length > 0) {
      throw fieldError({
        req,
        collection,
        path: 'status',
        label: 'Statut',
        message: `Approbation impossible : ${errors.join(' ')}`,
      })
    }
  }
  return data
}
