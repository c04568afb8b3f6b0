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

/** Who did a staff action, as notes and logs name them. */
export type StaffActor = { id: number | string; email?: string | null }

/**
 * How notes and logs name who acted: their address, or their id when they have none.
 * @example actorName({ id: 7, email: null }) // 'utilisateur 7'
 */
export const actorName = (user: StaffActor) => user.email ?? `utilisateur ${user.id}`
