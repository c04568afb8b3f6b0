import type { MeetingKind } from './options'
import { MEETING_KINDS } from './options'
import { formatHour, formatShortDate } from '../dates/brussels'

/**
 * The title shown for a meeting in the admin lists and calendars: body (or working group),
 * date and hour in Brussels.
 *
 * @example meetingTitle({ kind: 'gt', workingGroupName: 'GT AViQ', startsAt: '2020-02-07T12:30:00.000Z' })
 * // 'GT AViQ – 07/02/2020, 13h30'
 */
export function meetingTitle({
  kind,
  workingGroupName,
  startsAt,
}: {
  kind: MeetingKind
  workingGroupName?: string | null
  startsAt: string
}): string {
  const body =
    kind === 'gt'
      ? workingGroupName || 'Groupe de travail'
      : (MEETING_KINDS.find((option) => option.value === kind)?.shortLabel ?? kind)
  return `${body} – ${formatShortDate(startsAt)}, ${formatHour(startsAt)}`
}
