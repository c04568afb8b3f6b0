import type { Payload } from 'payload'

import { readEnv } from '@/config/env'
import { confirmationEmail } from '@/domain/subscribers/subscriberEmails'
import type { SubscriberStatus, SubscriptionForm } from '@/domain/subscribers/subscription'
import { onSubscribe } from '@/domain/subscribers/subscription'
import type { Subscriber } from '@/payload-types'
import { getMailer } from '../mail/getMailer'
import { findByToken } from '../security/findByToken'
import { liftSuppression } from './gdpr'

/** The subscriber a link token belongs to, compared in constant time; null for anything else. */
export async function subscriberForToken(
  payload: Payload,
  token: string | null | undefined,
): Promise<Subscriber | null> {
  return (await findByToken({ payload, collection: 'subscribers', token })) as Subscriber | null
}

export const confirmUrlFor = (token: string) =>
  `${readEnv().serverUrl}/newsletter/confirmer?token=${encodeURIComponent(token)}`
export const unsubscribeUrlFor = (token: string) =>
  `${readEnv().serverUrl}/newsletter/desinscription?token=${encodeURIComponent(token)}`

/**
 * A sign-up from the public form. Whatever the address's history, the visitor sees the same
 * answer; only new, pending, unsubscribed or bounced addresses get a confirmation mail.
 */
export async function requestSubscription({
  payload,
  form,
  now = new Date(),
}: {
  payload: Payload
  form: SubscriptionForm
  now?: Date
}): Promise<void> {
  const existing = (
    await payload.find({
      collection: 'subscribers',
      where: { email: { equals: form.email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  const decision = onSubscribe((existing?.status as SubscriberStatus | undefined) ?? null)
  if (!decision.shouldSendConfirmation) return
  const consent = {
    at: now.toISOString(),
    source: 'form' as const,
    detail: 'Formulaire /newsletter',
  }
  const names = {
    firstName: form.firstName || existing?.firstName,
    lastName: form.lastName || existing?.lastName,
    organisation: form.organisation || existing?.organisation,
  }
  const subscriber = existing
    ? await payload.update({
        collection: 'subscribers',
        id: existing.id,
        data: { ...names, status: 'pending', consent },
        overrideAccess: true,
      })
    : await payload.create({
        collection: 'subscribers',
        data: { email: form.email, ...names, status: 'pending', consent },
        overrideAccess: true,
      })
  const email = confirmationEmail({
    firstName: subscriber.firstName,
    confirmUrl: confirmUrlFor(subscriber.token as string),
  })
  await getMailer().send({
    to: [subscriber.email],
    ...email,
    tags: [{ name: 'kind', value: 'confirmation' }],
  })
}

/** Follows a confirmation link: a pending subscriber becomes active. */
export async function confirmSubscription({
  payload,
  token,
  now = new Date(),
}: {
  payload: Payload
  token: string | null
  now?: Date
}): Promise<'confirmed' | 'already' | 'invalid'> {
  const subscriber = await subscriberForToken(payload, token)
  if (!subscriber) return 'invalid'
  if (subscriber.status === 'active') return 'already'
  if (subscriber.status !== 'pending') return 'invalid'
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: { status: 'active', consent: { ...subscriber.consent, confirmedAt: now.toISOString() } },
    overrideAccess: true,
  })
  await liftSuppression(payload, subscriber.email)
  return 'confirmed'
}

/** Unsubscribes the owner of a link (POST only: link scanners follow GET links). */
export async function unsubscribe({
  payload,
  token,
  reason,
}: {
  payload: Payload
  token: string | null
  reason?: string | null
}): Promise<'unsubscribed' | 'invalid'> {
  const subscriber = await subscriberForToken(payload, token)
  if (!subscriber) return 'invalid'
  if (subscriber.status !== 'unsubscribed') {
    await payload.update({
      collection: 'subscribers',
      id: subscriber.id,
      data: {
        status: 'unsubscribed',
        unsubscribeReason: reason?.slice(0, 1000) || subscriber.unsubscribeReason,
      },
      overrideAccess: true,
    })
  }
  return 'unsubscribed'
}
