import type { CollectionBeforeChangeHook } from 'payload'

import { newSecretToken } from '@/domain/security/secretToken'

/** A new member gets a feed token; "Générer un nouveau lien" replaces it, and the old URL stops at once. */
export const assignMemberToken: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (
    operation === 'create' ||
    data.regenerateToken ||
    !(data.feedToken ?? originalDoc?.feedToken)
  ) {
    const { token, lookup } = newSecretToken()
    data.feedToken = token
    data.feedTokenLookup = lookup
  }
  delete data.regenerateToken
  return data
}
