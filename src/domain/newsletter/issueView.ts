import { DateTime } from 'luxon'

import { parseInlineItalics, toPlainTitle } from '../content/inlineItalics'
import { formatIssueMonth } from '../content/issueMonth'
import { BRUSSELS, formatDayMonth, formatHour, formatLongDate } from '../dates/brussels'
import { describePublicEvent } from '../calendar/calendarEvent'
import { calendarLinks } from './calendarLinks'
import { eventContacts } from './contacts'
import { issueOutline } from './issueOutline'
import { governanceLines, workingGroupLines } from './meetingLines'
import { toRichContent } from './richText'
import type { EventInput, EventView, IssueSource, IssueView, StaffInput, VenueInput } from './types'

/** "A, B et C" */
export function joinFrench(names: string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`
}

/** "Frédéric Clerbaux, Conseiller juridique - 081/24.90.22": the phone printed is the override, else the first one. */
export function signatureLine({
  signers,
  phone,
}: {
  signers: StaffInput[]
  phone?: string | null
}): string {
  return signers
    .map((signer, index) => {
      const number = (index === 0 ? phone : null) || signer.phones?.[0]?.number
      return (
        [signer.name, signer.jobTitle].filter(Boolean).join(', ') + (number ? ` - ${number}` : '')
      )
    })
    .join(' & ')
}

/** "Centre L'Ilon", "Rue des Tanneries 1", "5000 Namur" */
export function venueLines(venue: VenueInput | null | undefined): string[] {
  if (!venue || venue.isOnline) return []
  const city = [venue.postcode, venue.city].filter(Boolean).join(' ')
  return [venue.street, city].filter((line): line is string => Boolean(line))
}

/** Venue as one line for calendars: "Centre L'Ilon, Rue des Tanneries 1, 5000 Namur". */
export function venueText(venue: VenueInput | null | undefined): string {
  if (!venue) return ''
  return (
    [venue.name, ...venueLines(venue)].join(', ') ||
    (venue.isOnline ? (venue.url ?? venue.name) : '')
  )
}

const sameBrusselsDay = (a: string, b: string) =>
  DateTime.fromISO(a, { zone: 'utc' })
    .setZone(BRUSSELS)
    .hasSame(DateTime.fromISO(b, { zone: 'utc' }).setZone(BRUSSELS), 'day')

function eventDate(event: EventInput): { date: string; time: string | null } {
  const end = event.endsAt ?? null
  const isMultiDay = Boolean(end && !sameBrusselsDay(event.startsAt, end))
  const date = isMultiDay
    ? `Du ${formatLongDate(event.startsAt).toLowerCase()} au ${formatLongDate(end as string).toLowerCase()}`
    : formatLongDate(event.startsAt)
  if (event.isAllDay) return { date, time: null }
  if (end && !isMultiDay)
    return { date, time: `De ${formatHour(event.startsAt)} à ${formatHour(end)}` }
  return { date, time: `À ${formatHour(event.startsAt)}` }
}

const STATUS_LABELS: Record<string, string> = { cancelled: 'ANNULÉ', postponed: 'REPORTÉ' }

function toEventView({
  event,
  index,
  baseUrl,
  firstFootnote,
}: {
  event: EventInput
  index: number
  baseUrl: string
  /** Notes are numbered across the issue: this event's first note follows the previous ones. */
  firstFootnote: number
}): EventView {
  const { date, time } = eventDate(event)
  const description = toRichContent(event.description, { firstFootnote })
  return {
    anchor: `agenda-${index + 1}`,
    kind: event.collection,
    dateLabel: formatDayMonth(event.startsAt),
    title: toPlainTitle(event.title),
    titleSegments: parseInlineItalics(event.title),
    statusLabel: STATUS_LABELS[event.status ?? ''] ?? null,
    summary: event.summary || null,
    description,
    programme: event.programme ?? [],
    practicalInfo: toRichContent(event.practicalInfo, {
      firstFootnote: firstFootnote + description.footnotes.length,
    }),
    practical: {
      date,
      time,
      venueName: event.venue?.name ?? null,
      venueLines: venueLines(event.venue),
      venueUrl: event.venue?.mapUrl || (event.venue?.isOnline ? (event.venue.url ?? null) : null),
      contacts: eventContacts(event),
      registrationUrl: event.registrationUrl || null,
    },
    speakers: (event.speakers ?? []).map((speaker) =>
      [speaker.name, speaker.role].filter(Boolean).join(', '),
    ),
    sessions: (event.sessions ?? []).map((session) => {
      const hours = session.endsAt
        ? `${formatHour(session.startsAt)}-${formatHour(session.endsAt)}`
        : formatHour(session.startsAt)
      return `${formatDayMonth(session.startsAt)}, ${hours} : ${session.title}${session.venueName ? ` (${session.venueName})` : ''}`
    }),
    calendar: calendarLinks({
      event: describePublicEvent({ doc: event, collection: event.collection, baseUrl }),
      baseUrl,
    }),
    signature: event.signedBy?.length
      ? signatureLine({ signers: event.signedBy, phone: event.signaturePhone })
      : null,
  }
}

/**
 * Builds everything the email, its text part and the web archive show, from plain data.
 * Pure: no Payload, no React, no clock; dates are formatted in Brussels.
 *
 * @example toIssueView({ source, baseUrl: 'https://actunipso.unipso.be' }).instances
 * // ['31/01 : Bureau à 10h & CA à 12h (UNIPSO Namur)', …]
 */
export function toIssueView({
  source,
  baseUrl,
}: {
  source: IssueSource
  baseUrl: string
}): IssueView {
  const { issue } = source
  // Footnotes are numbered 1 to n across the issue, as in the printed #ActUNIPSO.
  let notes = 0
  const articles = source.articles.map((article, index) => {
    const content = toRichContent(article.body, { firstFootnote: notes + 1 })
    notes += content.footnotes.length
    return {
      anchor: `article-${index + 1}`,
      rubric: article.rubricLabel ?? '',
      title: parseInlineItalics(article.title),
      titleText: toPlainTitle(article.title),
      content,
      signature: signatureLine({ signers: article.signedBy, phone: article.signaturePhone }),
    }
  })
  const events = [...source.events].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  const agenda = events.map((event, index) => {
    const view = toEventView({ event, index, baseUrl, firstFootnote: notes + 1 })
    notes += view.description.footnotes.length + view.practicalInfo.footnotes.length
    return view
  })
  const instances = governanceLines(source.meetings)
  const workingGroups = workingGroupLines(source.meetings)
  return {
    number: issue.number,
    month: issue.month,
    monthLabel: formatIssueMonth(issue.month),
    subject: issue.subject,
    preheader: issue.preheader ?? '',
    archiveUrl: `${baseUrl}/actunipso/${issue.month}`,
    ...issueOutline({ articles, agenda, instances, workingGroups }),
    articles,
    agenda,
    instances,
    workingGroups,
    footer: {
      tagline: issue.footer?.tagline || 'Lettre d’information mensuelle de l’UNIPSO',
      editors: joinFrench(source.editors.map((editor) => editor.name)),
      feedbackEmail: issue.footer?.feedbackEmail || null,
      feedbackPhone: issue.footer?.feedbackPhone || null,
    },
  }
}
