import { DateTime } from 'luxon'

import type { MeetingKind } from '../content/options'
import { GOVERNANCE_KINDS, MEETING_KINDS } from '../content/options'
import { BRUSSELS, formatDayMonth, formatHour } from '../dates/brussels'

export type MeetingInput = {
  kind: MeetingKind
  startsAt: string
  status?: string | null
  workingGroupName?: string | null
  venueName?: string | null
  venueLabel?: string | null
}

const shortLabel = (kind: MeetingKind) =>
  MEETING_KINDS.find((option) => option.value === kind)?.shortLabel ?? kind
const placeOf = (meeting: MeetingInput) => meeting.venueLabel || meeting.venueName || null
const cancelled = (meeting: MeetingInput) =>
  meeting.status === 'cancelled' ? ' (annulé)' : meeting.status === 'postponed' ? ' (reporté)' : ''
const dayOf = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(BRUSSELS).toISODate()
const byStart = (a: MeetingInput, b: MeetingInput) =>
  Date.parse(a.startsAt) - Date.parse(b.startsAt)

/**
 * The "Instances" lines, one per day, in the reference's wording:
 * "31/01 : Bureau à 10h & CA à 12h (UNIPSO Namur)" and, for a lone meeting, "20/03, 9h30 : Bureau (Bruxelles)".
 * Meetings of one day at different places each carry their place.
 */
export function governanceLines(meetings: MeetingInput[]): string[] {
  const days = new Map<string, MeetingInput[]>()
  for (const meeting of meetings.filter((m) => GOVERNANCE_KINDS.includes(m.kind)).sort(byStart)) {
    const day = dayOf(meeting.startsAt) as string
    days.set(day, [...(days.get(day) ?? []), meeting])
  }
  return [...days.values()].map((sameDay) => {
    const first = sameDay[0] as MeetingInput
    const date = formatDayMonth(first.startsAt)
    if (sameDay.length === 1) {
      const place = placeOf(first)
      return `${date}, ${formatHour(first.startsAt)} : ${shortLabel(first.kind)}${cancelled(first)}${place ? ` (${place})` : ''}`
    }
    const places = new Set(sameDay.map(placeOf))
    const isOnePlace = places.size === 1
    const parts = sameDay.map((meeting) => {
      const place = placeOf(meeting)
      return `${shortLabel(meeting.kind)} à ${formatHour(meeting.startsAt)}${cancelled(meeting)}${!isOnePlace && place ? ` (${place})` : ''}`
    })
    const sharedPlace = isOnePlace ? placeOf(first) : null
    return `${date} : ${parts.join(' & ')}${sharedPlace ? ` (${sharedPlace})` : ''}`
  })
}

/** The "Groupes de travail" lines: "07/02, 13h30 : GT AViQ (UNIPSO Bruxelles)". */
export function workingGroupLines(meetings: MeetingInput[]): string[] {
  return meetings
    .filter((meeting) => meeting.kind === 'gt')
    .sort(byStart)
    .map((meeting) => {
      const place = placeOf(meeting)
      return `${formatDayMonth(meeting.startsAt)}, ${formatHour(meeting.startsAt)} : ${meeting.workingGroupName || 'Groupe de travail'}${cancelled(meeting)}${place ? ` (${place})` : ''}`
    })
}
