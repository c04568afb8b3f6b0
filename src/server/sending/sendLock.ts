import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { readEnv } from '@/config/env'

/** How long a claim holds without renewal (SEND_LEASE_SECONDS); a crashed worker's send is taken over after it. */
const leaseMs = () => readEnv().SEND_LEASE_SECONDS * 1000

export type SendLock = { id: number | string; key: string; owner: string }

/**
 * Claims `key` for `owner`: creating the lock document succeeds for exactly one worker thanks to its
 * unique index (atomic on SQLite and MongoDB). An expired lease is removed and the claim retried once.
 */
export async function claimLock({
  payload,
  key,
  owner = crypto.randomUUID(),
  now = new Date(),
}: {
  payload: Payload
  key: string
  owner?: string
  now?: Date
}): Promise<SendLock | null> {
  const findCurrent = async () =>
    (
      await payload.find({
        collection: 'send-locks',
        where: { key: { equals: key } },
        limit: 1,
        overrideAccess: true,
      })
    ).docs[0]
  const create = async () => {
    try {
      const doc = await payload.create({
        collection: 'send-locks',
        data: { key, owner, leaseUntil: new Date(now.getTime() + leaseMs()).toISOString() },
        overrideAccess: true,
      })
      return { id: doc.id, key, owner }
    } catch (error) {
      // Only the unique index saying "someone holds it" means busy; any other error (a locked
      // database, a lost connection) is an error, never a silent "busy".
      if (await findCurrent()) return null
      throw error
    }
  }
  const claimed = await create()
  if (claimed) return claimed
  const current = await findCurrent()
  if (current && Date.parse(current.leaseUntil) < now.getTime()) {
    await payload.delete({
      collection: 'send-locks',
      where: { and: [{ id: { equals: current.id } }, { owner: { equals: current.owner } }] },
      overrideAccess: true,
    })
    return create()
  }
  return null
}

/** Extends the lease while work goes on; false when the lock was lost (taken over after expiry). */
export async function renewLock({
  payload,
  lock,
  now = new Date(),
}: {
  payload: Payload
  lock: SendLock
  now?: Date
}): Promise<boolean> {
  const result = await payload.update({
    collection: 'send-locks',
    where: { and: [{ id: { equals: lock.id } }, { owner: { equals: lock.owner } }] },
    data: { leaseUntil: new Date(now.getTime() + leaseMs()).toISOString() },
    overrideAccess: true,
  })
  return result.docs.length === 1
}

export async function releaseLock({
  payload,
  lock,
}: {
  payload: Payload
  lock: SendLock
}): Promise<void> {
  await payload.delete({
    collection: 'send-locks',
    where: { and: [{ id: { equals: lock.id } }, { owner: { equals: lock.owner } }] },
    overrideAccess: true,
  })
}
