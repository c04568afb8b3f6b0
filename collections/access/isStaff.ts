import type { Access } from 'payload'

import { roleOf } from './roleOf'

/** Any logged-in account with a known role: editors, communication staff, admins. */
export const isStaff: Access = ({ req: { user } }) => roleOf(user) !== null
