import type { Payload, PayloadRequest } from 'payload'

import { relationId } from '@/domain/content/relationId'
import { eventsInWindow, planNextIssue } from '@/domain/newsletter/planNextIssue'
import { BRUSSELS } from '@/domain/dates/brussels'

export type DraftNextIssueResult = {
  isCreated: boolean
  id: number | string
  month: string
  agendaItems: number
  conferences: number
  meetings: number
}

/**
 * Creates next month's draft issue with the agenda items and conferences of its window already
 * chosen. An issue that already exists for that month is returned, never duplicated.
 */
export async function draftNextIssue({
  payload,
  now,
  req,
}: {
  payload: Payload
  now: Date
  req?: PayloadRequest
}): Promise<DraftNextIssueResult> {
  const latest =
    (
      await payload.find({
        collection: 'issues',
        sort: '-number',
        limit: 1,
        depth: 0,
        req,
        overrideAccess: true,
      })
    ).docs[0] ?? null
  const plan = planNextIssue({
    now,
    latest: latest
      ? {
          number: latest.number,
          editors: (latest.editors ?? []).map(relationId),
          footer: latest.footer,
        }
      : null,
  })
  const window = {
    startsAt: { greater_than_equal: plan.meetingsFrom, less_than_equal: plan.meetingsUntil },
  }
  const meetings = await payload.count({
    collection: 'meetings',
    where: window,
    req,
    overrideAccess: true,
  })
  const existing = (
    await payload.find({
      collection: 'issues',
      where: { month: { equals: plan.month } },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
  ).docs[0]
  if (existing) {
    return {
      isCreated: false,
      id: existing.id,
      month: plan.month,
      agendaItems: existing.agendaItems?.length ?? 0,
      conferences: existing.conferences?.length ?? 0,
      meetings: meetings.totalDocs,
    }
  }
  const find = async (collection: 'agenda-items' | 'conferences') =>
    eventsInWindow({
      events: (
        await payload.find({
          collection,
          where: window,
          pagination: false,
          depth: 0,
          req,
          overrideAccess: true,
        })
      ).docs,
      from: plan.meetingsFrom,
      until: plan.meetingsUntil,
    }).map((event) => event.id)
  const agendaItems = await find('agenda-items')
  const conferences = await find('conferences')
  const created = await payload.create({
    collection: 'issues',
    data: {
      number: plan.number,
      month: plan.month,
      subject: plan.subject,
      editors: plan.editors as number[],
      agendaItems,
      conferences,
      meetingsFrom: plan.meetingsFrom,
      meetingsFrom_tz: BRUSSELS,
      meetingsUntil: plan.meetingsUntil,
      meetingsUntil_tz: BRUSSELS,
      footer: plan.footer ?? undefined,
      status: 'draft',
    },
    req,
    overrideAccess: true,
  })
  return {
    isCreated: true,
    id: created.id,
    month: plan.month,
    agendaItems: agendaItems.length,
    conferences: conferences.length,
    meetings: meetings.totalDocs,
  }
}
