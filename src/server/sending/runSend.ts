import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { readEnv } from '@/config/env'
import type { Mailer } from '../mail/mailer'
import { payloadSendStore } from './payloadSendStore'
import type { RunSendResult, SendProgress } from './sendLoop'
import { sendLoop, thresholdsFromEnv } from './sendLoop'

/** The `sends` document of an issue, created once (its `issue` is unique). */
export async function ensureSend({
  payload,
  issueId,
}: {
  payload: Payload
  issueId: number | string
}): Promise<number | string> {
  const find = async () =>
    (
      await payload.find({
        collection: 'sends',
        where: { issue: { equals: issueId } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]
  const existing = await find()
  if (existing) return existing.id
  try {
    const issue = await payload.findByID({
      collection: 'issues',
      id: issueId,
      depth: 0,
      overrideAccess: true,
    })
    const created = await payload.create({
      collection: 'sends',
      data: {
        issue: issueId as number,
        label: `${issue.subject} (${issue.month})`,
        status: 'preparing',
      },
      overrideAccess: true,
    })
    payload.logger.info({
      sendId: created.id,
      issue: issueId,
      month: issue.month,
      msg: 'Envoi créé',
    })
    return created.id
  } catch (error) {
    // Another worker created it at the same moment: the unique index decided, use theirs.
    const raced = await find()
    if (raced) return raced.id
    throw error
  }
}

/** Sends an issue's send through the Payload store: see `sendLoop` for the guarantees. */
export async function runSend({
  payload,
  mailer,
  sendId,
  owner = crypto.randomUUID(),
  onProgress,
  requestsPerSecond = 2,
  signal,
}: {
  payload: Payload
  mailer: Mailer
  sendId: number | string
  owner?: string
  onProgress?: (progress: SendProgress) => void
  requestsPerSecond?: number
  signal?: AbortSignal
}): Promise<RunSendResult> {
  return sendLoop({
    store: payloadSendStore({ payload, sendId, owner }),
    mailer,
    sendId,
    // Every line of this send carries its id: pino fields.
    log: payload.logger.child({ sendId, owner }),
    onProgress,
    requestsPerSecond,
    signal,
    thresholds: thresholdsFromEnv(),
  })
}

/** How late a scheduled issue may still go out on its own (SEND_LATE_AFTER_MINUTES, 2 h by default). */
export const lateSendGraceMs = () => readEnv().SEND_LATE_AFTER_MINUTES * 60_000

/**
 * What the cron does every minute: start due scheduled issues, resume interrupted sends. An issue
 * whose time passed more than SEND_LATE_AFTER_MINUTES ago (the server was down) is not started:
 * it waits on the dashboard for communication staff to confirm it.
 */
export async function sendDueIssues({
  payload,
  mailer,
  now = new Date(),
  signal,
}: {
  payload: Payload
  mailer: Mailer
  now?: Date
  signal?: AbortSignal
}): Promise<Array<{ sendId: number | string; result: RunSendResult }>> {
  const lateBefore = new Date(now.getTime() - lateSendGraceMs())
  const due = await payload.find({
    collection: 'issues',
    where: {
      and: [
        { status: { equals: 'scheduled' } },
        { scheduledAt: { less_than_equal: now.toISOString() } },
        { scheduledAt: { greater_than_equal: lateBefore.toISOString() } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const sendIds = await Promise.all(
    due.docs.map((issue) => ensureSend({ payload, issueId: issue.id })),
  )
  const interrupted = (
    await payload.find({
      collection: 'sends',
      where: { status: { in: ['preparing', 'sending'] } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs.map((send) => send.id)
  const results: Array<{ sendId: number | string; result: RunSendResult }> = []
  for (const sendId of [...new Set([...sendIds, ...interrupted])]) {
    if (signal?.aborted) break
    results.push({ sendId, result: await runSend({ payload, mailer, sendId, signal }) })
  }
  return results
}

export type { RunSendResult, SendProgress } from './sendLoop'
