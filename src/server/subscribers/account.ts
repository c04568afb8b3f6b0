import type { Payload } from 'payload'

import { readEnv } from '@/config/env'
import type { ProfileForm } from '@/domain/subscribers/account'
import {
  erasureEmail,
  erasureLinkExpiry,
  erasureMailWindowStart,
} from '@/domain/subscribers/account'
import type { Subscriber } from '@/payload-types'
import { queueMail } from '../mail/outbox'
import { eraseSubscriber, exportSubscriberData } from './gdpr'
import { findSubscriberToken, issueSubscriberToken } from './subscriberTokens'
import { subscriberForToken } from './subscriptions'

/**
 * The subscriber's own page, reached with the newsletter's link token (the one that also
 * unsubscribes). Nothing here ever confirms a subscription or changes a status: the page shows,
 * the names form changes names, and erasure needs a second, single-use link mailed to the address.
 */

export const accountUrlFor = (token: string) =>
  `${readEnv().serverUrl}/newsletter/abonnement?token=${encodeURIComponent(token)}`
export const erasureUrlFor = (token: string) =>
  `${readEnv().serverUrl}/newsletter/effacement?token=${encodeURIComponent(token)}`

/** The subscriber whose newsletter link this is, or null (unknown, malformed, erased). */
export async function accountFor(
  payload: Payload,
  token: string | null | undefined,
): Promise<Subscriber | null> {
  return subscriberForToken(payload, token)
}

/** Changes first name, last name and organisation; nothing else, whatever the form carries. */
export async function updateProfile({
  payload,
  token,
  form,
}: {
  payload: Payload
  token: string | null
  form: ProfileForm
}): Promise<'updated' | 'invalid'> {
  const subscriber = await accountFor(payload, token)
  if (!subscriber) return 'invalid'
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: {
      firstName: form.firstName || null,
      lastName: form.lastName || null,
      organisation: form.organisation || null,
    },
    overrideAccess: true,
  })
  return 'updated'
}

/** The same JSON as the staff export (GDPR art. 15 and 20), or null for a wrong link. */
export async function accountData({ payload, token }: { payload: Payload; token: string | null }) {
  const subscriber = await accountFor(payload, token)
  return subscriber ? exportSubscriberData(payload, subscriber.id) : null
}

/**
 * Asks for erasure: a single-use `erase` link, valid 7 days, mailed to the address itself through
 * the outbox. At most one such mail every 15 minutes per subscriber; the page answers the same.
 */
export async function requestErasure({
  payload,
  token,
  now = new Date(),
}: {
  payload: Payload
  token: string | null
  now?: Date
}): Promise<'queued' | 'throttled' | 'invalid'> {
  const subscriber = await accountFor(payload, token)
  if (!subscriber) return 'invalid'
  const recent = await payload.count({
    collection: 'subscriber-tokens',
    where: {
      subscriber: { equals: subscriber.id },
      purpose: { equals: 'erase' },
      createdAt: { greater_than_equal: erasureMailWindowStart(now) },
    },
    overrideAccess: true,
  })
  if (recent.totalDocs > 0) return 'throttled'
  const link = await issueSubscriberToken({
    payload,
    subscriber: subscriber.id,
    purpose: 'erase',
    expiresAt: erasureLinkExpiry(now),
    now,
  })
  await queueMail({
    payload,
    mail: {
      kind: 'erasure-confirmation',
      to: subscriber.email,
      ...erasureEmail({ firstName: subscriber.firstName, confirmUrl: erasureUrlFor(link.token) }),
      tags: [{ name: 'kind', value: 'erasure-confirmation' }],
    },
    now,
  })
  return 'queued'
}

export type ErasureLinkState = 'valid' | 'expired' | 'invalid'

/** What an erasure link's page says on GET (nothing changes), and the address it would erase. */
export async function erasureLinkStatus({
  payload,
  token,
  now = new Date(),
}: {
  payload: Payload
  token: string | null
  now?: Date
}): Promise<{ state: ErasureLinkState; email: string | null }> {
  const link = await findSubscriberToken({ payload, purpose: 'erase', token, now })
  if (!link) return { state: 'invalid', email: null }
  return { state: link.state === 'valid' ? 'valid' : 'expired', email: link.subscriber.email }
}

/**
 * Erases the subscriber of a valid erasure link (POST only). gdpr.ts's erasure removes the row,
 * its delivery log, its links and its mails, keeping a hash of the address so no import brings it
 * back; the link goes with the rest, so following it again finds nothing. A send still due to mail
 * the person refuses with ErasureRefusedError (409): the link stays valid for later.
 */
export async function confirmErasure({
  payload,
  token,
  now = new Date(),
}: {
  payload: Payload
  token: string | null
  now?: Date
}): Promise<'erased' | 'expired' | 'invalid'> {
  const link = await findSubscriberToken({ payload, purpose: 'erase', token, now })
  if (!link) return 'invalid'
  if (link.state !== 'valid') return 'expired'
  const result = await eraseSubscriber({
    payload,
    id: link.subscriber.id,
    confirmEmail: link.subscriber.email,
    reason: 'Demande de l’abonné (lien de confirmation reçu par courriel)',
    now,
  })
  return result ? 'erased' : 'invalid'
}
