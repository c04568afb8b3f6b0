import { defaultMeetingsWindow, formatIssueMonth } from '../content/issueMonth'
import { nextMonthOf } from '../dates/brussels'

type PreviousIssue = {
  number: number
  editors?: Array<number | string> | null
  footer?: {
    tagline?: string | null
    feedbackEmail?: string | null
    feedbackPhone?: string | null
  } | null
}
type CandidateEvent = {
  id: number | string
  startsAt: string
  status?: string | null
  isPublished?: boolean | null
}

export type NextIssuePlan = {
  month: string
  number: number
  subject: string
  meetingsFrom: string
  meetingsUntil: string
  editors: Array<number | string>
  footer: PreviousIssue['footer']
}

/**
 * The draft of next month's issue: numbered after the latest one, with the same editors and footer,
 * and the meetings window of its month. Articles are left to the editors.
 *
 * @example planNextIssue({ now: new Date('2026-11-23T10:00:00Z'), latest: { number: 41 } }).month // '2026-12'
 */
export function planNextIssue({
  now,
  latest,
}: {
  now: Date
  latest: PreviousIssue | null
}): NextIssuePlan {
  const month = nextMonthOf(now)
  const window = defaultMeetingsWindow(month)
  return {
    month,
    number: (latest?.number ?? 0) + 1,
    subject: `#ActUNIPSO – ${formatIssueMonth(month)}`,
    meetingsFrom: window.from,
    meetingsUntil: window.until,
    editors: latest?.editors ?? [],
    footer: latest?.footer ?? null,
  }
}

/** Published, not cancelled events starting within the window, in date order. */
export function eventsInWindow<E extends CandidateEvent>({
  events,
  from,
  until,
}: {
  events: E[]
  from: string
  until: string
}): E[] {
  const start = Date.parse(from)
  const end = Date.parse(until)
  return events
    .filter((event) => event.isPublished !== false && event.status !== 'cancelled')
    .filter((event) => Date.parse(event.startsAt) >= start && Date.parse(event.startsAt) <= end)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
}
