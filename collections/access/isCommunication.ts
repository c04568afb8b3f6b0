import type { Access } from 'payload'

import { hasCommunicationRole } from './roleOf'

/** Communication staff and admins: approve, schedule and send issues. */
export const isCommunication: Access = ({ req: { user } }) => hasCommunicationRole(user)
