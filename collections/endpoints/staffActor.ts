import type { PayloadRequest } from 'payload'

/** The logged-in user as action logs name them; call after requireRole. */
export function staffActor(req: PayloadRequest): { id: number | string; email: string | null } {
  const user = req.user as { id: number | string; email?: string | null }
  return { id: user.id, email: user.email ?? null }
}
