import type { Access } from 'payload'

import { roleOf } from './roleOf'

/** Admins see every account; everyone else sees only their own (and so only their own email). */
export const selfOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (roleOf(user) === 'admin') return true
  return { id: { equals: user.id } }
}
