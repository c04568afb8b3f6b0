import type { PayloadRequest } from 'payload'

import { ForbiddenError } from '@/domain/errors'
import { hasCommunicationRole, roleOf } from '../access/roleOf'

/** `staff`: any team account; `communication`: communication staff and admins. */
export type RequiredRole = 'staff' | 'communication'

const REFUSALS: Record<RequiredRole, string> = {
  staff: 'Connectez-vous avec un compte de l’équipe.',
  communication: 'Réservé à l’équipe communication.',
}

/** Throws a ForbiddenError (answered 403) unless the request's user has the role. */
export function requireRole({ req, role }: { req: PayloadRequest; role: RequiredRole }): void {
  const isAllowed = role === 'staff' ? roleOf(req.user) !== null : hasCommunicationRole(req.user)
  if (!isAllowed) throw new ForbiddenError(REFUSALS[role])
}
