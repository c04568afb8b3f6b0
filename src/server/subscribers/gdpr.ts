import type { Payload } from 'payload'

import { AppError } from '@/domain/errors'
import { normalizeEmail } from '@/domain/subscribers/subscription'
import { suppressionHash } from '@/domain/subscribers/suppression'
import { findDocument } from '../database/findDocument'
import { withTransaction } from '../database/withTransaction'

/** An erasure refused with the reason to show: 400 for a wrong confirmation, 409 while a send needs the person. */
export class ErasureRefusedError extends AppError {
  declare readonly status: 400 | 409
  constructor(message: string, status: 400 | 409) {
    super({ code: 'erasure_refused', userMessage: message, status })
    this.name = 'ErasureRefusedError'
  }
}

/**
 * The transactional mails (confirmations, erasure links) addressed to one person, whether `to` holds
 * the bare address or `Nom <adresse>`; never another address that merely contains it.
 */
async function outgoingMailsTo({ payload, email }: { payload: Payload; email: string }) {
  const { docs } = await payload.find({
    collection: 'outgoing-mails',
    where: { to: { contains: email } },
    pagination: false,
    depth: 0,
    sort: 'createdAt',
    overrideAccess: true,
  })
  return docs.filter((mail) => normalizeEmail(addressOf(mail.to)) === email)
}

/** `Anne <anne@x.be>` → `anne@x.be`; a bare address stays as it is. */
const addressOf = (to: string) => /<([^<>]+)>\s*$/.exec(to)?.[1] ?? to

/** Everything we hold about one subscriber (GDPR art. 15 and 20), as plain JSON. */
export async function exportSubscriberData(payload: Payload, id: number | string) {
  const subscriber = await findDocument({ payload, collection: 'subscribers', id })
  if (!subscriber) return null
  const { docs: deliveries } = await payload.find({
    collection: 'deliveries',
    where: { subscriber: { equals: subscriber.id } },
    pagination: false,
    depth: 1,
    sort: 'createdAt',
    overrideAccess: true,
  })
  const { docs: links } = await payload.find({
    collection: 'subscriber-tokens',
    where: { subscriber: { equals: subscriber.id } },
    pagination: false,
    depth: 0,
    sort: 'createdAt',
    overrideAccess: true,
  })
  const mails = await outgoingMailsTo({ payload, email: subscriber.email })
  return {
    exportedAt: new Date().toISOString(),
    subscriber: {
      email: subscriber.email,
      firstName: subscriber.firstName ?? null,
      lastName: subscriber.lastName ?? null,
      organisation: subscriber.organisation ?? null,
      status: subscriber.status,
      consent: subscriber.consent ?? null,
      unsubscribedAt: subscriber.unsubscribedAt ?? null,
      unsubscribeReason: subscriber.unsubscribeReason ?? null,
      createdAt: subscriber.createdAt,
      updatedAt: subscriber.updatedAt,
    },
    deliveries: deliveries.map((delivery) => ({
      send:
        typeof delivery.send === 'object'
          ? (delivery.send.label ?? delivery.send.id)
          : delivery.send,
      email: delivery.email,
      status: delivery.status,
      attempts: delivery.attempts ?? 0,
      lastError: delivery.lastError ?? null,
      createdAt: delivery.createdAt,
      updatedAt: delivery.updatedAt,
    })),
    // Never the links' secrets nor the mails' bodies (they carry live links): what, when, and with
    // which data a request was made.
    links: links.map((link) => ({
      purpose: link.purpose,
      request: link.request ?? null,
      createdAt: link.createdAt,
      expiresAt: link.expiresAt,
      usedAt: link.usedAt ?? null,
    })),
    transactionalMails: mails.map((mail) => ({
      kind: mail.kind,
      subject: mail.subject,
      status: mail.status,
      createdAt: mail.createdAt,
      sentAt: mail.sentAt ?? null,
    })),
  }
}

/**
 * Erases a subscriber at their request (GDPR art. 17): their row, their delivery log, their
 * single-use links and the transactional mails addressed to them go, and only a hash of the address stays so that no import brings them back. `confirmEmail` must repeat
 * their address. Refused while a send still has to mail them: removing a queued recipient would change a batch that the
 * provider may already have accepted under its idempotency key.
 */
export async function eraseSubscriber({
  payload,
  id,
  confirmEmail,
  reason,
  now = new Date(),
}: {
  payload: Payload
  id: number | string
  confirmEmail: unknown
  reason?: string
  now?: Date
}) {
  const subscriber = await findDocument({ payload, collection: 'subscribers', id })
  if (!subscriber) return null
  if (typeof confirmEmail !== 'string' || normalizeEmail(confirmEmail) !== subscriber.email) {
    throw new ErasureRefusedError(
      'Pour confirmer, recopiez exactement l’adresse de la personne à effacer.',
      400,
    )
  }
  const pending = await payload.count({
    collection: 'deliveries',
    where: { and: [{ subscriber: { equals: subscriber.id } }, { status: { equals: 'queued' } }] },
    overrideAccess: true,
  })
  if (pending.totalDocs > 0) {
    throw new ErasureRefusedError(
      'Un envoi en cours doit encore lui écrire : effacez cette personne quand l’envoi est terminé.',
      409,
    )
  }
  const emailHash = suppressionHash(subscriber.email)
  // In this order, an erasure cut short (no transaction on SQLite) is finished by running it again,
  // and the suppression hash exists before anything else goes.
  await withTransaction(payload, async (req) => {
    const known = await payload.find({
      collection: 'suppressions',
      where: { emailHash: { equals: emailHash } },
      limit: 1,
      req,
      overrideAccess: true,
    })
    if (known.docs.length === 0) {
      await payload.create({
        collection: 'suppressions',
        data: {
          emailHash,
          erasedAt: now.toISOString(),
          reason: reason?.slice(0, 200) || 'Demande d’effacement (RGPD)',
        },
        req,
        overrideAccess: true,
      })
    }
    await payload.delete({
      collection: 'deliveries',
      where: { subscriber: { equals: subscriber.id } },
      req,
      overrideAccess: true,
    })
    await payload.delete({
      collection: 'subscriber-tokens',
      where: { subscriber: { equals: subscriber.id } },
      req,
      overrideAccess: true,
    })
    const mails = await outgoingMailsTo({ payload, email: subscriber.email })
    if (mails.length > 0)
      await payload.delete({
        collection: 'outgoing-mails',
        where: { id: { in: mails.map((mail) => mail.id) } },
        req,
        overrideAccess: true,
      })
    await payload.delete({
      collection: 'subscribers',
      id: subscriber.id,
      req,
      overrideAccess: true,
    })
  })
  return { erased: true as const }
}

/** The hashes of erased people, for imports. */
export async function suppressedHashes(payload: Payload): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: 'suppressions',
    pagination: false,
    depth: 0,
    select: { emailHash: true },
    overrideAccess: true,
  })
  return new Set(docs.map((doc) => doc.emailHash))
}

/** A person who subscribes again through the double opt-in form has given a new consent. */
export async function liftSuppression(payload: Payload, email: string): Promise<void> {
  await payload.delete({
    collection: 'suppressions',
    where: { emailHash: { equals: suppressionHash(email) } },
    overrideAccess: true,
  })
}
