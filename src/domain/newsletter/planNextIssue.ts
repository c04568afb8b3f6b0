import { defaultMeetingsWindow, formatIssueMonth, issueSubjectFor } from '../content/issueMonth'
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
    subject: issueSubjectFor(month),
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

/** What « Préparer le numéro suivant » did, as the admin reports it. */
export type DraftNextIssueOutcome = {
  isCreated: boolean
  month: string
  agendaItems: number
  conferences: number
  meetings: number
}

const count = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`

/**
 * The sentence the admin shows after « Préparer le numéro suivant »: whether the draft was created
 * (and with what) or already existed (and is opened untouched).
 *
 * @example describeDraftNextIssue({ isCreated: false, month: '2026-12', agendaItems: 2, conferences: 2, meetings: 5 })
 * // 'Le numéro de décembre 2026 existait déjà : il s’ouvre tel quel, rien n’a été modifié.'
 */
export function describeDraftNextIssue(outcome: DraftNextIssueOutcome): string {
  const month = formatIssueMonth(outcome.month).toLowerCase()
  if (!outcome.isCreated)
    return `Le numéro de ${month} existait déjà : il s’ouvre tel quel, rien n’a été modifié.`
  return `Numéro de ${month} créé en brouillon avec ${count(outcome.agendaItems, 'événement', 'événements')}, ${count(outcome.conferences, 'conférence', 'conférences')} et ${count(outcome.meetings, 'réunion', 'réunions')} de sa période ; ajoutez-y les articles.`
}
