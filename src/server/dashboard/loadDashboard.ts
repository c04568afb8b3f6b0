import type { Payload } from 'payload'

import { relationId } from '@/domain/content/relationId'
import type { BroadcastAlert } from '@/domain/dashboard/broadcastAlerts'
import { broadcastAlerts } from '@/domain/dashboard/broadcastAlerts'
import type { SubscriberMonth } from '@/domain/dashboard/subscriberHistory'
import { subscriberHistory } from '@/domain/dashboard/subscriberHistory'
import { monthOf } from '@/domain/dates/brussels'
import type { DeliveryCounts } from '@/domain/sending/progress'
import { lateSendGraceMs } from '../sending/runSend'
import { deliveryCounts } from '../sending/sendProgress'

export type DashboardEvent = {
  kind: 'agenda' | 'conference' | 'meeting'
  collection: string
  id: number | string
  title: string
  startsAt: string
  isAllDay: boolean
  status: string | null
}
export type DashboardSend = {
  id: number | string
  label: string
  status: string
  finishedAt: string | null
  counts: DeliveryCounts
}
export type DashboardTask = { text: string; href: string }
export type DashboardData = {
  nextIssue: {
    id: number | string
    month: string
    subject: string
    status: string
    scheduledAt: string | null
  } | null
  upcoming: DashboardEvent[]
  /** Broadcast data: only for communication staff and admins (subscribers are personal data). */
  broadcast: {
    sends: DashboardSend[]
    subscribers: SubscriberMonth[]
    activeNow: number
    pendingNow: number
  } | null
  tasks: DashboardTask[]
  /** Paused and failed sends, late scheduled issues: communication staff only, with their actions. */
  alerts: BroadcastAlert[]
}

const DAY = 86_400_000

/**
 * What the admin home shows: the next issue, the next 30 days of events and meetings, and for
 * communication staff the last sends and the subscriber history. Reads through the Local API with
 * the user's own access, so nobody sees more here than in the collections.
 */
export async function loadDashboard({
  payload,
  user,
  canSeeBroadcast,
  now = new Date(),
}: {
  payload: Payload
  user: unknown
  canSeeBroadcast: boolean
  now?: Date
}): Promise<DashboardData> {
  const asUser = { user: user as never, overrideAccess: false, depth: 0 } as const
  const until = new Date(now.getTime() + 30 * DAY).toISOString()
  const inWindow = {
    and: [
      { startsAt: { greater_than_equal: now.toISOString() } },
      { startsAt: { less_than: until } },
    ],
  }
  const currentMonth = monthOf(now)

  const [issues, agenda, conferences, meetings] = await Promise.all([
    payload.find({
      collection: 'issues',
      ...asUser,
      where: {
        and: [{ status: { not_equals: 'sent' } }, { month: { greater_than_equal: currentMonth } }],
      },
      sort: 'month',
      limit: 1,
    }),
    payload.find({
      collection: 'agenda-items',
      ...asUser,
      where: inWindow,
      sort: 'startsAt',
      limit: 20,
    }),
    payload.find({
      collection: 'conferences',
      ...asUser,
      where: inWindow,
      sort: 'startsAt',
      limit: 20,
    }),
    payload.find({
      collection: 'meetings',
      ...asUser,
      where: inWindow,
      sort: 'startsAt',
      limit: 20,
    }),
  ])
  const issue = issues.docs[0]
  const upcoming: DashboardEvent[] = [
    ...agenda.docs.map((doc) => ({
      kind: 'agenda' as const,
      collection: 'agenda-items',
      id: doc.id,
      title: doc.title,
      startsAt: doc.startsAt,
      isAllDay: Boolean(doc.isAllDay),
      status: doc.status ?? null,
    })),
    ...conferences.docs.map((doc) => ({
      kind: 'conference' as const,
      collection: 'conferences',
      id: doc.id,
      title: doc.title,
      startsAt: doc.startsAt,
      isAllDay: false,
      status: doc.status ?? null,
    })),
    ...meetings.docs.map((doc) => ({
      kind: 'meeting' as const,
      collection: 'meetings',
      id: doc.id,
      title: doc.title ?? 'Réunion',
      startsAt: doc.startsAt,
      isAllDay: false,
      status: doc.status ?? null,
    })),
  ].sort((a, b) => a.startsAt.localeCompare(b.startsAt))

  const tasks: DashboardTask[] = []
  const nextIssue = issue
    ? {
        id: issue.id,
        month: issue.month,
        subject: issue.subject,
        status: issue.status ?? 'draft',
        scheduledAt: issue.scheduledAt ?? null,
      }
    : null
  if (nextIssue?.status === 'ready')
    tasks.push({
      text: `${nextIssue.subject} attend l’approbation de la communication.`,
      href: `/admin/collections/issues/${nextIssue.id}`,
    })
  if (nextIssue?.status === 'approved')
    tasks.push({
      text: `${nextIssue.subject} est approuvé mais pas encore programmé.`,
      href: `/admin/collections/issues/${nextIssue.id}`,
    })

  let broadcast: DashboardData['broadcast'] = null
  let alerts: BroadcastAlert[] = []
  if (canSeeBroadcast) {
    alerts = await loadBroadcastAlerts({ payload, user, now })
    const [sendDocs, subscriberDocs] = await Promise.all([
      payload.find({ collection: 'sends', ...asUser, sort: '-createdAt', limit: 6 }),
      payload.find({
        collection: 'subscribers',
        ...asUser,
        pagination: false,
        select: { status: true, consent: true, unsubscribedAt: true, createdAt: true },
      }),
    ])
    const sends = await Promise.all(
      sendDocs.docs.map(async (send) => ({
        id: send.id,
        label: send.label ?? `Envoi ${send.id}`,
        status: send.status,
        finishedAt: send.finishedAt ?? null,
        counts: await deliveryCounts(payload, send.id),
      })),
    )
    const rows = subscriberDocs.docs.map((doc) => ({
      status: doc.status,
      joinedAt: doc.consent?.confirmedAt ?? doc.consent?.at ?? doc.createdAt,
      unsubscribedAt: doc.unsubscribedAt ?? null,
    }))
    broadcast = {
      sends: sends.reverse(),
      subscribers: subscriberHistory({ rows, today: now }),
      activeNow: rows.filter((row) => row.status === 'active').length,
      pendingNow: rows.filter((row) => row.status === 'pending').length,
    }
  }
  return { nextIssue, upcoming, broadcast, tasks, alerts }
}

/** Sends stopped for a person to decide, and scheduled issues too late to go out on their own. */
async function loadBroadcastAlerts({
  payload,
  user,
  now,
}: {
  payload: Payload
  user: unknown
  now: Date
}): Promise<BroadcastAlert[]> {
  const asUser = { user: user as never, overrideAccess: false, depth: 0 } as const
  const [stopped, late] = await Promise.all([
    payload.find({
      collection: 'sends',
      ...asUser,
      where: { status: { in: ['paused', 'failed'] } },
      sort: '-createdAt',
      limit: 20,
    }),
    payload.find({
      collection: 'issues',
      ...asUser,
      where: {
        and: [
          { status: { equals: 'scheduled' } },
          {
            scheduledAt: {
              less_than: new Date(now.getTime() - lateSendGraceMs()).toISOString(),
            },
          },
        ],
      },
      sort: 'scheduledAt',
      limit: 20,
    }),
  ])
  const withSend = late.docs.length
    ? (
        await payload.find({
          collection: 'sends',
          ...asUser,
          where: { issue: { in: late.docs.map((issue) => issue.id) } },
          pagination: false,
          select: { issue: true },
        })
      ).docs.map((send) => String(relationId(send.issue)))
    : []
  return broadcastAlerts({
    sends: stopped.docs.map((send) => ({
      id: send.id,
      label: send.label ?? `Envoi ${send.id}`,
      status: send.status,
      stopReason: send.stopReason ?? null,
      lastError: send.lastError ?? null,
    })),
    issues: late.docs.map((issue) => ({
      id: issue.id,
      subject: issue.subject,
      scheduledAt: issue.scheduledAt ?? null,
      hasSend: withSend.includes(String(issue.id)),
    })),
    now,
    graceMs: lateSendGraceMs(),
  })
}
