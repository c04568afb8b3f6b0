import type { Access } from 'payload'

import { roleOf } from './roleOf'

/**
 * Communication staff and admins update any issue. Editors update issues still in the
 * writing stage (draft, ready): once approved, the content is frozen for them.
 * The status transition itself is checked by the `enforceIssueWorkflow` hook.
 */
export const canUpdateIssue: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  if (role === 'admin' || role === 'communication') return true
  if (role === 'editor') return { status: { in: ['draft', 'ready'] } }
  return false
}
