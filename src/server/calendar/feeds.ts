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
import { GOVERNANCE_KINDS } from '@/domain/content/options'
import type { MeetingKind } from '@/domain/content/options'
import type { Member, Venue, WorkingGroup } from '@/payload-types'
import { findByToken } from '../security/findByToken'

export type Feed = { kind: string; meta: CalendarMeta; events: CalendarEvent[] }

/** How many past events a feed keeps (the demo's 2020 events stay visible). */
export const DEFAULT_PAST_LIMIT = 500

const ORGANIZER = { name: 'UNIPSO', email: 'unipso@unipso.be' }
const settings = () => {
  const { serverUrl } = readEnv()
  return { baseUrl: serverUrl, domain: new URL(serverUrl).hostname }
}
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
  now,
  pastLimit,
}: {
  payload: Payload
  collections: Array<'agenda-items' | 'conferences'>
  now: Date
  pastLimit: number
}) {
  const { baseUrl, domain } = settings()
  const lists = await Promise.all(
    collections.map(async (collection) =>
      (
        await loadWindow<PublicEventDoc & { venue?: unknown }>({
          payload,
          collection,
          where: { isPublished: { equals: true } },
          pastLimit,
          now,
        })
      ).map((doc) =>
        publicEventToCalendar({
          doc: { ...doc, venue: venueOf(doc.venue) },
          collection,
          baseUrl,
          domain,
        }),
      ),
    ),
  )
  return feedWindow({ events: lists.flat(), now, pastLimit })
}

/** /calendars/agenda.ics and /calendars/conferences.ics */
export async function publicFeed({
  payload,
  kind,
  now = new Date(),
  pastLimit = DEFAULT_PAST_LIMIT,
}: {
  payload: Payload
  kind: 'agenda' | 'conferences'
  now?: Date
  pastLimit?: number
}): Promise<Feed> {
  const isAgenda = kind === 'agenda'
  return {
    kind,
    meta: {
      name: isAgenda ? 'Agenda de l’UNIPSO' : 'Conférences de l’UNIPSO',
      description: isAgenda
        ? 'Forums, journées d’étude, webinaires et conférences de l’UNIPSO, la confédération des employeurs du secteur à profit social.'
        : 'Les conférences organisées ou co-organisées par l’UNIPSO.',
      organizer: ORGANIZER,
    },
    events: await publicEvents({
      payload,
      collections: isAgenda ? ['agenda-items', 'conferences'] : ['conferences'],
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

export function meetingDocToCalendar(doc: Record<string, unknown>): CalendarEvent {
  const { baseUrl, domain } = settings()
  const group = doc.workingGroup as WorkingGroup | number | null | undefined
  return meetingToCalendar({
    doc: {
      ...(doc as unknown as MeetingDoc),
      kind: doc.kind as MeetingKind,
      workingGroupName: group && typeof group === 'object' ? group.name : null,
      venue: venueOf(doc.venue),
    },
    baseUrl,
    domain,
  })
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
