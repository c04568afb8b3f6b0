import type { Payload } from 'payload'

import { newSecretToken, tokenLookup } from '@/domain/security/secretToken'
import { hashToken, tokenHashMatches } from '@/domain/security/tokenHash'
import type { LinkState } from '@/domain/subscribers/confirmation'
import { linkState } from '@/domain/subscribers/confirmation'
import type { SubscriberTokenPurpose } from '@/domain/subscribers/subscription'
import { relationId } from '@/domain/content/relationId'
import type { Subscriber, SubscriberToken } from '@/payload-types'
import { findDocument } from '../database/findDocument'

/**
 * Single-purpose, single-use, expiring links sent to a subscriber (`subscriber-tokens`). Only the
 * token's lookup part and a SHA-256 hash are stored; the token itself exists in the mail only.
 * Issuing a link for a purpose revokes that subscriber's older unused links for the same purpose.
 */
export async function issueSubscriberToken({
  payload,
  subscriber,
  purpose,
  expiresAt,
  request,
  now = new Date(),
}: {
  payload: Payload
  subscriber: number
  purpose: SubscriberTokenPurpose
  expiresAt: string
  /** What the request asks, applied when the link is followed (e.g. the names typed). */
  request?: Record<string, unknown>
  now?: Date
}): Promise<{ token: string; row: SubscriberToken }> {
  const { token, lookup } = newSecretToken()
  const row = await payload.create({
    collection: 'subscriber-tokens',
    data: {
      subscriber,
      purpose,
      lookup,
      tokenHash: hashToken(token),
      expiresAt,
      request,
      // On the caller's clock: the 15-minute limit between confirmation mails counts these.
      createdAt: now.toISOString(),
    },
    overrideAccess: true,
  })
  // Older links of the same purpose expire now: only the newest request can be confirmed.
  await payload.update({
    collection: 'subscriber-tokens',
    where: {
      subscriber: { equals: subscriber },
      purpose: { equals: purpose },
      id: { not_equals: row.id },
      usedAt: { exists: false },
      expiresAt: { greater_than: now.toISOString() },
    },
    data: { expiresAt: now.toISOString() },
    overrideAccess: true,
  })
  return { token, row }
}

/**
 * The link a token belongs to, for that purpose only, its state and its subscriber; null for
 * anything else (another purpose, a newsletter's unsubscribe token, a forged or truncated token,
 * a subscriber gone). The hash is compared in constant time whether or not a row was found.
 */
export async function findSubscriberToken({
  payload,
  purpose,
  token,
  now = new Date(),
}: {
  payload: Payload
  purpose: SubscriberTokenPurpose
  token: string | null | undefined
  now?: Date
}): Promise<{ row: SubscriberToken; state: LinkState; subscriber: Subscriber } | null> {
  const lookup = token ? tokenLookup(token) : null
  const row = lookup
    ? (
        await payload.find({
          collection: 'subscriber-tokens',
          where: { lookup: { equals: lookup }, purpose: { equals: purpose } },
          limit: 1,
          depth: 0,
          overrideAccess: true,
        })
      ).docs[0]
    : undefined
  if (!tokenHashMatches(token ?? '', row?.tokenHash) || !row) return null
  const subscriber = await findDocument({
    payload,
    collection: 'subscribers',
    id: relationId(row.subscriber),
  })
  if (!subscriber) return null
  return {
    row,
    state: linkState({ expiresAt: row.expiresAt, usedAt: row.usedAt, now }),
    subscriber,
  }
}

/** Marks a link used: followed again, it only says what it did. */
export async function markSubscriberTokenUsed({
  payload,
  id,
  now = new Date(),
}: {
  payload: Payload
  id: number
  now?: Date
}): Promise<void> {
  await payload.update({
    collection: 'subscriber-tokens',
    id,
    data: { usedAt: now.toISOString() },
    overrideAccess: true,
  })
}
