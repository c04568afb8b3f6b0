import type { Access, FieldAccess } from 'payload'

import { roleOf } from './roleOf'

export const isAdmin: Access = ({ req: { user } }) => roleOf(user) === 'admin'

export const isAdminField: FieldAccess = ({ req: { user } }) => roleOf(user) === 'admin'
