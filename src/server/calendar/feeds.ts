import type { Payload, Where } from 'payload'

import { readEnv } from '@/config/env'
import { relationId } from '@/domain/content/relationId'
import type { CalendarEvent, MeetingDoc, PublicEventDoc } from '@/domain/calendar/calendarEvent'
import {
  feedWindow,
  meetingToCalendar,
  publicEventToCalendar,
} from '@/domain/calendar/calendarEvent'
import type { CalendarMeta } from '@/domain/calendar/buildCalendar'
import type { PublicFeedEntry } from '@/domain/calendar/publicFeeds'
import { GOVERNANCE_KINDS } from '@/domain/content/options'
import type { MeetingKind } from '@/domain/content/options'
import type { Member, Venue, WorkingGroup } from '@/payload-types'
import { findByToken } from '../security/findByToken'

export type Feed = { kind: string; meta: CalendarMeta; events: CalendarEvent[] }

/** How many past events a feed keeps (the demo's 2020 events stay visible). */
export const DEFAULT_PAST_LIMIT = 500

const ORGANIZER = { name: 'UNIPSO', email: 'unipso@unipso.be' }
const baseUrlOf = () => readEnv().serverUrl
const venueOf = (value: unknown): Venue | null =>
  value && typeof value === 'object' ? (value as Venue) : null

/** Future events plus the most recent past ones of a collection, read as the server (filters decide). */
async function loadWindow<T>({
  payload,
  collection,
  where,
  pastLimit,
  now,
}: {
  payload: Payload
  collection: 'agenda-items' | 'conferences' | 'meetings'
  where: Where
  pastLimit: number
  now: Date
}): Promise<T[]> {
  const nowIso = now.toISOString()
  const [future, past] = await Promise.all([
    payload.find({
      collection,
      where: { and: [where, { startsAt: { greater_than_equal: nowIso } }] },
      sort: 'startsAt',
      pagination: false,
      depth: 1,
      overrideAccess: true,
    }),
    payload.find({
      collection,
      where: { and: [where, { startsAt: { less_than: nowIso } }] },
      sort: '-startsAt',
      limit: pastLimit,
      depth: 1,
      overrideAccess: true,
    }),
  ])
  return [...past.docs, ...future.docs] as T[]
}

async function publicEvents({
  payload,
  collections,
  where = {},
  now,
  pastLimit,
}: {
  payload: Payload
  collections: Array<'agenda-items' | 'conferences'>
  where?: Where
  now: Date
  pastLimit: number
}) {
  const baseUrl = baseUrlOf()
  const lists = await Promise.all(
    collections.map(async (collection) =>
      (
        await loadWindow<PublicEventDoc & { updatedAt: string; venue?: unknown }>({
          payload,
          collection,
          where: { and: [{ isPublished: { equals: true } }, where] },
          pastLimit,
          now,
        })
      ).map((doc) =>
        publicEventToCalendar({
          doc: { ...doc, venue: venueOf(doc.venue) },
          collection,
          baseUrl,
        }),
      ),
    ),
  )
  return feedWindow({ events: lists.flat(), now, pastLimit })
}

/**
 * A public feed (src/domain/calendar/publicFeeds.ts): /calendars/agenda.ics (agenda items and
 * conferences, or the agenda items of one kind with ?kind=) and /calendars/conferences.ics.
 */
export async function publicFeed({
  payload,
  entry,
  now = new Date(),
  pastLimit = DEFAULT_PAST_LIMIT,
}: {
  payload: Payload
  entry: PublicFeedEntry
  now?: Date
  pastLimit?: number
}): Promise<Feed> {
  const { selection } = entry
  return {
    kind: entry.key,
    meta: { name: entry.name, description: entry.description, organizer: ORGANIZER },
    events: await publicEvents({
      payload,
      collections:
        selection.collections === 'conferences'
          ? ['conferences']
          : 'agendaKind' in selection
            ? ['agenda-items']
            : ['agenda-items', 'conferences'],
      where: 'agendaKind' in selection ? { kind: { equals: selection.agendaKind } } : {},
      now,
      pastLimit,
    }),
  }
}

/** The member a feed token belongs to, or null: unknown, malformed or revoked tokens look alike. */
export async function memberForToken(payload: Payload, token: string): Promise<Member | null> {
  const member = (await findByToken({ payload, collection: 'members', token })) as Member | null
  return member && !member.isRevoked ? member : null
}

/** Which meetings a member sees: governance bodies and the working groups they follow. */
export function memberMeetingsWhere(member: Member): Where {
  const groups = (member.workingGroups ?? []).map(relationId)
  return {
    or: [
      { kind: { in: [...GOVERNANCE_KINDS] } },
      ...(groups.length
        ? [{ and: [{ kind: { equals: 'gt' } }, { workingGroup: { in: groups } }] }]
        : []),
    ],
  }
}

/**
 * A meeting as a member's calendar sees it. The fields are picked one by one: a meeting's internal
 * notes and any field added later stay out of every feed unless chosen here.
 */
export function meetingDocToCalendar(doc: Record<string, unknown>): CalendarEvent {
  const group = doc.workingGroup as WorkingGroup | number | null | undefined
  const meeting: MeetingDoc = {
    id: doc.id as MeetingDoc['id'],
    kind: doc.kind as MeetingKind,
    startsAt: doc.startsAt as string,
    endsAt: (doc.endsAt as string | null | undefined) ?? null,
    status: (doc.status as string | null | undefined) ?? null,
    sequence: (doc.sequence as number | null | undefined) ?? null,
    updatedAt: doc.updatedAt as string,
    workingGroupName: group && typeof group === 'object' ? group.name : null,
    venue: venueOf(doc.venue),
  }
  return meetingToCalendar({ doc: meeting, baseUrl: baseUrlOf() })
}

/** /calendars/members/<token>.ics: the public agenda plus the member's meetings. */
export async function memberFeed({
  payload,
  member,
  now = new Date(),
  pastLimit = DEFAULT_PAST_LIMIT,
}: {
  payload: Payload
  member: Member
  now?: Date
  pastLimit?: number
}): Promise<Feed> {
  const [agenda, meetings] = await Promise.all([
    publicEvents({ payload, collections: ['agenda-items', 'conferences'], now, pastLimit }),
    loadWindow<Record<string, unknown>>({
      payload,
      collection: 'meetings',
      where: memberMeetingsWhere(member),
      pastLimit,
      now,
    }),
  ])
  return {
    kind: `member-${member.id}`,
    meta: {
      name: `UNIPSO – agenda de ${member.name}`,
      description:
        'Agenda de l’UNIPSO avec les instances (Bureau, CA, AG) et vos groupes de travail. Lien personnel : ne le partagez pas.',
      organizer: ORGANIZER,
    },
    events: feedWindow({
      events: [...agenda, ...meetings.map(meetingDocToCalendar)],
      now,
      pastLimit,
    }),
  }
}
