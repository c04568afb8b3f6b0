import type { CollectionBeforeOperationHook } from 'payload'
import { AuthenticationError } from 'payload'

import { spendPasswordCheck } from '@/server/security/spendPasswordCheck'

/**
 * Login must not tell accounts apart. Payload answers an unknown address at once and a locked
 * account at once with « Cet utilisateur est verrouillé… », but checks the password of a known
 * one (about 100 ms): here an unknown or locked address spends the same password check and gets
 * the wrong-password answer.
 */
export const equalizeLoginTiming: CollectionBeforeOperationHook = async ({
  args,
  operation,
  collection,
  req,
}) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  // Without an address Payload refuses the request itself, the same way for everyone.
  if (!email) return args
  const user = await req.payload.db.findOne<{ id: number | string; lockUntil?: string | null }>({
    collection: collection.slug,
    where: { email: { equals: email } },
    req,
  })
  const isLocked = Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
  if (user && !isLocked) return args
  await spendPasswordCheck(typeof data?.password === 'string' ? data.password : '')
  throw new AuthenticationError(req.t)
}
