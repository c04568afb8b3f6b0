import type { Payload } from 'payload'

import { readEnv } from '@/config/env'
import type { PublicEventDoc } from '@/domain/calendar/calendarEvent'
import { publicEventToCalendar } from '@/domain/calendar/calendarEvent'
import type { Venue } from '@/payload-types'
import type { Feed } from './feeds'
import { meetingDocToCalendar, memberForToken, memberMeetingsWhere } from './feeds'

const ID_PATTERN = /^\d{1,12}$|^[a-f0-9]{24}$/

/**
 * One event as an .ics file, for "Ajouter à mon agenda": a published agenda item or conference for
 * anyone, a meeting only with the token of a member who may see it. Null means 404.
 */
export async function singleEventFeed({
  payload,
  collection,
  id,
  token,
}: {
  payload: Payload
  collection: string
  id: string
  token: string | null
}): Promise<Feed | null> {
  if (!ID_PATTERN.test(id)) return null
  const { serverUrl } = readEnv()
  if (collection === 'agenda-items' || collection === 'conferences') {
    const { docs } = await payload.find({
      collection,
      where: { and: [{ id: { equals: id } }, { isPublished: { equals: true } }] },
      limit: 1,
      depth: 1,
      overrideAccess: true,
    })
    const doc = docs[0]
    if (!doc) return null
    const venue = doc.venue && typeof doc.venue === 'object' ? (doc.venue as Venue) : null
    const event = publicEventToCalendar({
      doc: { ...(doc as unknown as PublicEventDoc & { updatedAt: string }), venue },
      collection,
      baseUrl: serverUrl,
    })
    return {
      kind: `${collection}-${id}`,
      meta: { name: event.title, description: 'UNIPSO' },
      events: [event],
    }
  }
  if (collection === 'meetings' && token) {
    const member = await memberForToken(payload, token)
    if (!member) return null
    const { docs } = await payload.find({
      collection: 'meetings',
      where: { and: [{ id: { equals: id } }, memberMeetingsWhere(member)] },
      limit: 1,
      depth: 1,
      overrideAccess: true,
    })
    const doc = docs[0]
    if (!doc) return null
    return {
      kind: `meetings-${id}-${member.id}`,
      meta: { name: 'Réunion UNIPSO', description: 'UNIPSO' },
      events: [meetingDocToCalendar(doc as unknown as Record<string, unknown>)],
    }
  }
  return null
}
