import type { Payload } from 'payload'

import { tokenLookup, tokensMatch } from '@/domain/security/secretToken'

/**
 * The row a secret link token belongs to (member feeds, subscriber links): found by the token's
 * lookup part, then the whole token compared in constant time. Null for anything else.
 */
export async function findByToken<C extends 'members' | 'subscribers'>({
  payload,
  collection,
  token,
}: {
  payload: Payload
  collection: C
  token: string | null | undefined
}) {
  const lookup = token ? tokenLookup(token) : null
  const lookupField = collection === 'members' ? 'feedTokenLookup' : 'tokenLookup'
  const docs = lookup
    ? (
        await payload.find({
          collection,
          where: { [lookupField]: { equals: lookup } },
          limit: 1,
          depth: 0,
          overrideAccess: true,
        })
      ).docs
    : []
  const doc = docs[0]
  const stored = doc
    ? 'feedToken' in doc
      ? doc.feedToken
      : 'token' in doc
        ? doc.token
        : null
    : null
  return tokensMatch(token ?? '', stored) ? (doc ?? null) : null
}
