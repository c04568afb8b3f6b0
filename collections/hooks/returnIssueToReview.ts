import type { CollectionBeforeChangeHook } from 'payload'

import {
  changedIssueContent,
  isApprovedStatus,
  reviewReturnNote,
} from '@/domain/content/reviewReturn'

/**
 * What communication approved is what goes out: a content edit of an approved or scheduled issue
 * sends it back to « Prêt à relire » with a note saying why; approving it again clears the note.
 * Runs after enforceIssueWorkflow, so the move back is never refused; the sender's own writes
 * (status only, `req.context.isSender`) and sending/sent issues are left alone.
 */
export const returnIssueToReview: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc || req.context.isSender) return data
  const from = originalDoc.status as string | undefined
  const to = (data.status ?? from) as string | undefined
  if (to === 'approved' && from !== 'approved') {
    data.workflowNote = null
    return data
  }
  if (!isApprovedStatus(from) || !isApprovedStatus(to)) return data
  const fields = changedIssueContent({ before: originalDoc, after: data })
  if (fields.length === 0) return data
  const note = reviewReturnNote({ document: { kind: 'issue', fields }, at: new Date() })
  data.status = 'ready'
  data.workflowNote = note
  req.payload.logger.info({
    issue: originalDoc.id,
    user: req.user?.id ?? 'system',
    fields,
    msg: note,
  })
  return data
}
