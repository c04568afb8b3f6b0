import type { CollectionBeforeChangeHook } from 'payload'

import { newSecretToken } from '@/domain/security/secretToken'
import { normalizeEmail } from '@/domain/subscribers/subscription'

/** One address, one row (lower case), and a personal token for the confirmation and unsubscribe links. */
export const prepareSubscriber: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (typeof data.email === 'string') data.email = normalizeEmail(data.email)
  if (!(data.token ?? originalDoc?.token)) {
    const { token, lookup } = newSecretToken()
    data.token = token
    data.tokenLookup = lookup
  }
  if (
    data.status === 'unsubscribed' &&
    originalDoc?.status !== 'unsubscribed' &&
    !data.unsubscribedAt
  ) {
    data.unsubscribedAt = new Date().toISOString()
  }
  return data
}
