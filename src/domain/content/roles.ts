import type { Role } from './options'
import { ROLES } from './options'

type MaybeUser = { role?: string | null } | null | undefined

/** The role of the logged-in user, or null for anonymous visitors and unknown roles. */
export function roleOf(user: MaybeUser): Role | null {
  const role = user?.role
  return ROLES.some((option) => option.value === role) ? (role as Role) : null
}

/** Communication staff and admins: approve, schedule and send, manage subscribers and members. */
export function hasCommunicationRole(user: MaybeUser): boolean {
  const role = roleOf(user)
  return role === 'communication' || role === 'admin'
}
