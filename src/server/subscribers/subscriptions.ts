import type { Payload } from 'payload'

import { readEnv } from '@/config/env'
import type { ConfirmationOutcome } from '@/domain/subscribers/confirmation'
import {
  confirmationLinkExpiry,
  confirmationMailWindowStart,
  confirmedSubscriber,
  readSubscriptionRequest,
  subscriptionRequestOf,
  usedLinkOutcome,
} from '@/domain/subscribers/confirmation'
import { confirmationEmail } from '@/domain/subscribers/subscriberEmails'
import type { SubscriberStatus, SubscriptionForm } from '@/domain/subscribers/subscription'
import { onSubscribe } from '@/domain/subscribers/subscription'
import type { Subscriber } from '@/payload-types'
import { kickOutboxDrain, queueMail } from '../mail/outbox'
import { findByToken } from '../security/findByToken'
import { liftSuppression } from './gdpr'
import {
  findSubscriberToken,
  issueSubscriberToken,
  markSubscriberTokenUsed,
} from './subscriberTokens'

/**
 * The subscriber a newsletter link token belongs to (unsubscribe), compared in constant time; null
 * for anything else. This token never confirms nor subscribes: confirmation has its own links.
 */
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
 * A sign-up from the public form. Whatever the address's history the visitor sees the same answer;
 * new, pending, unsubscribed or bounced addresses get a confirmation link, at most one mail per
 * address every 15 minutes. An existing row keeps its names, status and consent until the link is
 * confirmed: what was typed waits in the link's request.
 */
export async function requestSubscription({
  payload,
  form,
  now = new Date(),
}: {
  payload: Payload
  form: SubscriptionForm
  now?: Date
}): Promise<'queued' | 'ignored' | 'throttled'> {
  const existing = await subscriberByEmail(payload, form.email)
  const decision = onSubscribe((existing?.status as SubscriberStatus | undefined) ?? null)
  if (!decision.shouldSendConfirmation) return 'ignored'
  const subscriber = existing ?? (await createPendingSubscriber(payload, form.email))
  const recentLinks = await payload.count({
    collection: 'subscriber-tokens',
    where: {
      subscriber: { equals: subscriber.id },
      purpose: { equals: 'confirm' },
      createdAt: { greater_than_equal: confirmationMailWindowStart(now) },
    },
    overrideAccess: true,
  })
  if (recentLinks.totalDocs > 0) return 'throttled'
  const request = subscriptionRequestOf({ form, now })
  const { token } = await issueSubscriberToken({
    payload,
    subscriber: subscriber.id,
    purpose: 'confirm',
    expiresAt: confirmationLinkExpiry(now),
    request,
    now,
  })
  const email = confirmationEmail({
    firstName: request.firstName || subscriber.firstName,
    confirmUrl: confirmUrlFor(token),
  })
  await queueMail({
    payload,
    mail: {
      kind: 'subscription-confirmation',
      to: subscriber.email,
      ...email,
      tags: [{ name: 'kind', value: 'confirmation' }],
    },
    now,
  })
  return 'queued'
}

async function subscriberByEmail(payload: Payload, email: string): Promise<Subscriber | undefined> {
  return (
    await payload.find({
      collection: 'subscribers',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
}

/** A new address: a pending row with nothing but the address until the link is confirmed. */
async function createPendingSubscriber(payload: Payload, email: string): Promise<Subscriber> {
  try {
    return await payload.create({
      collection: 'subscribers',
      data: { email, status: 'pending' },
      overrideAccess: true,
    })
  } catch (error) {
    // Two requests for the same new address at once: the other one created the row.
    const created = await subscriberByEmail(payload, email)
    if (created) return created
    throw error
  }
}

// One request at a time per process: the 15-minute limit reads what the previous one wrote.
let requests: Promise<unknown> = Promise.resolve()
const pending = new Set<Promise<unknown>>()

/**
 * The form's request, handled after the answer: recording it and queueing its mail happen in the
 * background, so the answer's time is the same for a known and an unknown address (it would
 * otherwise reveal which addresses are subscribed). Failures are logged; the visitor was told to
 * check their mailbox either way, and may send the form again.
 */
export function startSubscriptionRequest({
  payload,
  form,
}: {
  payload: Payload
  form: SubscriptionForm
}): void {
  const work = requests
    .then(async () => {
      const result = await requestSubscription({ payload, form })
      if (result === 'queued') kickOutboxDrain({ payload })
    })
    .catch((error: unknown) => {
      payload.logger.error({ err: error, msg: 'Inscription : demande non enregistrée' })
    })
  requests = work
  pending.add(work)
  void work.finally(() => pending.delete(work))
}

/** Resolves once this process has handled every form request it accepted (tests, scripts). */
export async function subscriptionRequestsSettled(): Promise<void> {
  while (pending.size > 0) await Promise.all(pending)
}

/** What a confirmation link's page says on GET (nothing changes) and the address it is for. */
export async function confirmationLinkStatus({
  payload,
  token,
  now = new Date(),
}: {
  payload: Payload
  token: string | null
  now?: Date
}): Promise<{
  outcome: Exclude<ConfirmationOutcome, 'confirmed'> | 'valid'
  email: string | null
}> {
  const link = await findSubscriberToken({ payload, purpose: 'confirm', token, now })
  if (!link) return { outcome: 'invalid', email: null }
  const { state, subscriber } = link
  if (state === 'used')
    return { outcome: usedLinkOutcome(subscriber.status), email: subscriber.email }
  return { outcome: state, email: subscriber.email }
}

/**
 * Confirms a subscription from its link (POST only: mail scanners follow GET links). Only a
 * valid `confirm` link does anything: it applies the names typed with its request, makes the
 * subscriber active with this request's consent, lifts a suppression, then is spent.
 */
export async function confirmSubscription({
  payload,
  token,
  now = new Date(),
}: {
  payload: Payload
  token: string | null
  now?: Date
}): Promise<ConfirmationOutcome> {
  const link = await findSubscriberToken({ payload, purpose: 'confirm', token, now })
  if (!link) return 'invalid'
  const { row, state, subscriber } = link
  if (state === 'used') return usedLinkOutcome(subscriber.status)
  if (state === 'expired') return 'expired'
  const request = readSubscriptionRequest(row.request) ?? {
    firstName: '',
    lastName: '',
    organisation: '',
    requestedAt: row.createdAt,
  }
  // Applied before the link is spent: a crash in between leaves a link that confirms again.
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: confirmedSubscriber({ current: subscriber, request, now }),
    overrideAccess: true,
  })
  await liftSuppression(payload, subscriber.email)
  await markSubscriberTokenUsed({ payload, id: row.id, now })
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
