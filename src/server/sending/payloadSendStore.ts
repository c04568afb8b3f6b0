import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { relationId } from '@/domain/content/relationId'
import { BRUSSELS } from '@/domain/dates/brussels'
import type { FrozenEdition } from '@/domain/sending/edition'
import type { DeliveryCounts } from '@/domain/sending/progress'
import { handedOver } from '@/domain/sending/safetyStop'
import { BATCH_SIZE } from '@/domain/sending/sendPlan'
import type { FrozenRecipient, SendState, SendStore } from '@/domain/sending/sendStore'
import type { SendStatus } from '@/domain/sending/statuses'
import { unsubscribeUrlFor } from '../subscribers/subscriptions'
import { freezeEdition } from './editions'
import type { SendLock } from './sendLock'
import { claimLock, releaseLock, renewLock } from './sendLock'
import { deliveryCounts } from './sendProgress'

/** Subscribers read per preparation page: bounded memory whatever the list's size. */
export const PREPARATION_PAGE_SIZE = 1000

/**
 * The sending store over Payload: the only code of the sender that knows collections. Delivery
 * rows are written through the adapter (`payload.db`): deliveries have no hooks, and the Local
 * API's per-document work (validation, hooks, read-back) cost ~15 ms a row, which capped sending at
 * half the provider's pace. Same calls on SQLite and MongoDB.
 */
export function payloadSendStore({
  payload,
  sendId,
  owner = crypto.randomUUID(),
}: {
  payload: Payload
  sendId: number | string
  owner?: string
}): SendStore {
  let lock: SendLock | null = null
  const lockKey = `send-${sendId}`
  const readSend = () =>
    payload.findByID({ collection: 'sends', id: sendId, depth: 0, overrideAccess: true })
  const updateSend = (data: Record<string, unknown>) =>
    payload.update({ collection: 'sends', id: sendId, data, overrideAccess: true })
  const updateIssue = async (data: Record<string, unknown>) => {
    const send = await readSend()
    await payload.update({
      collection: 'issues',
      id: relationId(send.issue),
      data,
      overrideAccess: true,
    })
  }
  let frozen: FrozenEdition | null = null

  const store: SendStore = {
    claim: async () => {
      lock = await claimLock({ payload, key: lockKey, owner })
      return lock !== null
    },
    renew: async () => (lock ? renewLock({ payload, lock }) : false),
    release: async () => {
      if (lock) await releaseLock({ payload, lock })
      lock = null
    },
    state: async (): Promise<SendState> => {
      const send = await readSend()
      return {
        id: send.id,
        issueId: relationId(send.issue),
        status: send.status as SendStatus,
        total: send.total ?? 0,
        hasSafetyStops: send.safetyStops !== false,
      }
    },
    edition: async () => {
      if (frozen) return frozen
      const send = await readSend()
      const issue = await payload.findByID({
        collection: 'issues',
        id: relationId(send.issue),
        depth: 0,
        overrideAccess: true,
      })
      frozen = await freezeEdition({ payload, issue })
      return frozen
    },
    prepareNextPage: async () => {
      // The lease is renewed before every page: a worker stalled past its lease learns it here
      // and stops; the one that took over carries on from the rows already written.
      if (!(await store.renew())) return { isLockLost: true }
      const written = (
        await payload.count({
          collection: 'deliveries',
          where: { send: { equals: sendId } },
          overrideAccess: true,
        })
      ).totalDocs
      // Rows are written in address order: the last address written is where the next page starts.
      const last = (
        await payload.find({
          collection: 'deliveries',
          where: { send: { equals: sendId } },
          sort: '-email',
          limit: 1,
          depth: 0,
          select: { email: true },
          overrideAccess: true,
        })
      ).docs[0]
      const { docs } = await payload.find({
        collection: 'subscribers',
        where: {
          and: [
            { status: { equals: 'active' } },
            ...(last ? [{ email: { greater_than: last.email } }] : []),
          ],
        },
        sort: 'email',
        limit: PREPARATION_PAGE_SIZE,
        depth: 0,
        select: { email: true, firstName: true, token: true },
        overrideAccess: true,
      })
      const createdAt = new Date().toISOString()
      for (const [offset, subscriber] of docs.entries()) {
        try {
          await payload.db.create({
            collection: 'deliveries',
            data: {
              send: sendId,
              subscriber: subscriber.id,
              email: subscriber.email,
              firstName: subscriber.firstName ?? null,
              unsubscribeUrl: unsubscribeUrlFor(subscriber.token as string),
              batch: Math.floor((written + offset) / BATCH_SIZE) + 1,
              status: 'queued',
              attempts: 0,
              createdAt,
              updatedAt: createdAt,
            },
            returning: false,
          })
        } catch (error) {
          // The (send, subscriber) unique index refused the row: another worker is writing this
          // audience. Never delete anything: stop and let the lease decide who carries on.
          const existing = await payload.count({
            collection: 'deliveries',
            where: {
              and: [{ send: { equals: sendId } }, { subscriber: { equals: subscriber.id } }],
            },
            overrideAccess: true,
          })
          if (existing.totalDocs > 0) return { isLockLost: true }
          throw error
        }
      }
      return { written: docs.length, isDone: docs.length < PREPARATION_PAGE_SIZE }
    },
    markSending: async (total) => {
      const startedAt = new Date().toISOString()
      await updateSend({ status: 'sending', total, startedAt, startedAt_tz: BRUSSELS })
      await updateIssue({ status: 'sending' })
    },
    nextQueuedBatch: async (after) => {
      const { docs } = await payload.find({
        collection: 'deliveries',
        where: {
          and: [
            { send: { equals: sendId } },
            { status: { equals: 'queued' } },
            { batch: { greater_than: after } },
          ],
        },
        select: { batch: true },
        sort: 'batch',
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      return docs[0]?.batch ?? null
    },
    batch: async (batch) => {
      const { docs } = await payload.find({
        collection: 'deliveries',
        where: { and: [{ send: { equals: sendId } }, { batch: { equals: batch } }] },
        sort: 'email',
        pagination: false,
        depth: 0,
        select: {
          email: true,
          firstName: true,
          unsubscribeUrl: true,
          status: true,
          attempts: true,
          subscriber: true,
        },
        overrideAccess: true,
      })
      const recipients: FrozenRecipient[] = []
      for (const delivery of docs) {
        let unsubscribeUrl = delivery.unsubscribeUrl
        if (!unsubscribeUrl) {
          // A send prepared before links were frozen with the audience: freeze it now, once.
          const subscriber = await payload.findByID({
            collection: 'subscribers',
            id: relationId(delivery.subscriber),
            depth: 0,
            overrideAccess: true,
          })
          unsubscribeUrl = unsubscribeUrlFor(subscriber.token as string)
          await payload.db.updateOne({
            collection: 'deliveries',
            id: delivery.id,
            data: { unsubscribeUrl },
            returning: false,
          })
        }
        recipients.push({
          id: delivery.id,
          email: delivery.email,
          firstName: delivery.firstName ?? null,
          unsubscribeUrl,
          status: delivery.status,
          attempts: delivery.attempts ?? 0,
        })
      }
      return recipients
    },
    recordAccepted: async (entries) => {
      const updatedAt = new Date().toISOString()
      for (const { recipient, providerId } of entries) {
        if (recipient.status !== 'queued') continue
        await payload.db.updateOne({
          collection: 'deliveries',
          id: recipient.id,
          data: {
            status: 'sent',
            providerMessageId: providerId,
            attempts: recipient.attempts + 1,
            updatedAt,
          },
          returning: false,
        })
      }
    },
    recordRefused: async ({ recipient, reason }) => {
      await payload.db.updateOne({
        collection: 'deliveries',
        id: recipient.id,
        data: {
          status: 'failed',
          lastError: reason.slice(0, 500),
          attempts: recipient.attempts + 1,
          updatedAt: new Date().toISOString(),
        },
        returning: false,
      })
    },
    counts: () => deliveryCounts(payload, sendId),
    saveProgress: async (counts: DeliveryCounts) => {
      await updateSend({ sent: handedOver(counts), failed: counts.failed })
    },
    markDone: async (counts) => {
      const finishedAt = new Date().toISOString()
      await updateSend({
        status: 'done',
        sent: handedOver(counts),
        failed: counts.failed,
        stopReason: null,
        lastError: null,
        finishedAt,
        finishedAt_tz: BRUSSELS,
      })
      await updateIssue({ status: 'sent', sentAt: finishedAt, sentAt_tz: BRUSSELS })
    },
    markStopped: async ({ status, reason }) => {
      await updateSend({ status, stopReason: reason, lastError: reason.slice(0, 1000) })
    },
    returnToReview: async (reason) => {
      const send = await readSend()
      const rows = await payload.count({
        collection: 'deliveries',
        where: { send: { equals: sendId } },
        overrideAccess: true,
      })
      // Only a send that never wrote its audience may go: a started send is never undone.
      if (send.status !== 'preparing' || rows.totalDocs > 0) {
        await updateSend({ status: 'failed', stopReason: reason, lastError: reason })
        return
      }
      await payload.delete({ collection: 'sends', id: sendId, overrideAccess: true })
      await payload.update({
        collection: 'issues',
        id: relationId(send.issue),
        data: { status: 'ready', workflowNote: reason },
        overrideAccess: true,
      })
    },
    noteError: async (message) => {
      await updateSend({ lastError: message.slice(0, 1000) })
    },
  }
  return store
}
