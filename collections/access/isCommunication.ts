import type { Access } from 'payload'

import { roleOf } from './roleOf'

/** Communication staff and admins: approve, schedule and send issues. */
export const isCommunication: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  return role === 'communication' || role === 'admin'
}
