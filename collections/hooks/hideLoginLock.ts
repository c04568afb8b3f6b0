import type { CollectionAfterErrorHook } from 'payload'

/**
 * The attempt that locks an account is answered « Cet utilisateur est verrouillé… » by Payload,
 * which only a real account can get: it gets the wrong-password answer instead, as every later
 * attempt does (equalizeLoginTiming). Matched on the translated message: Payload's error classes
 * lose their names in the production build.
 */
export const hideLoginLock: CollectionAfterErrorHook = ({ error, req }) => {
  if (error.message !== req.t('error:userLocked')) return
  return {
    response: { errors: [{ message: req.t('error:emailOrPasswordIncorrect') }] },
    status: 401,
  }
}
