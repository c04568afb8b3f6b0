import { describePublicEvent } from '../calendar/calendarEvent'
import { eventWhen } from '../calendar/eventWhen'
import type { TitleSegment } from '../content/inlineItalics'
import { parseInlineItalics } from '../content/inlineItalics'
import type { PublicEventCollection } from '../content/eventUrls'
import { eventPagePath } from '../content/eventUrls'
import { formatDayMonth, formatHour } from '../dates/brussels'
import type { CalendarLinks } from '../newsletter/calendarLinks'
import { calendarLinks } from '../newsletter/calendarLinks'
import { phoneHref } from '../newsletter/contacts'
import type { RichContent } from '../newsletter/richText'
import { toRichContent } from '../newsletter/richText'
import type { EventInput } from '../newsletter/types'
import { eventKindLabel } from './agenda'
import { hasEnded } from './eventDates'
import { eventJsonLd } from './eventJsonLd'
import { mapLink } from './mapLink'

/** A published agenda item or conference as the site reads it: the newsletter's input plus its address. */
export type SiteEventInput = EventInput & {
  slug: string
  /** Agenda items only: forum, study-day, webinar, training, other. */
  kind?: string | null
}

export type ContactCard = {
  name: string
  /** Job title (UNIPSO staff) or organisation (outside contacts). */
  detail: string | null
  email: string | null
  phones: Array<{ text: string; href: string | null }>
}
export type EventPageView = {
  collection: PublicEventCollection
  kindLabel: string
  /** Plain text, as calendars show it (« ANNULÉ – » when cancelled). */
  title: string
  titleSegments: TitleSegment[]
  path: string
  url: string
  status: 'confirmed' | 'cancelled' | 'postponed'
  /** Said at the top of the page when the event will not take place as announced. */
  statusNotice: string | null
  /** « Vendredi 11 décembre 2026, de 10h à 11h30 »: the words of the calendars' model. */
  when: string
  /** The first day, for <time datetime>. */
  day: string
  isPast: boolean
  summary: string | null
  venue: {
    name: string
    lines: string[]
    isOnline: boolean
    mapUrl: string | null
    onlineUrl: string | null
  } | null
  description: RichContent
  programme: string[]
  practicalInfo: RichContent
  contacts: ContactCard[]
  coOrganisers: Array<{ name: string; url: string | null }>
  /** Hidden once the event is cancelled or over. */
  registrationUrl: string | null
  speakers: Array<{ name: string; role: string | null }>
  sessions: Array<{ title: string; date: string; time: string; venueName: string | null }>
  calendar: CalendarLinks
  jsonLd: Record<string, unknown>
  openGraph: { title: string; description: string; url: string }
}

const STATUS_NOTICES: Record<string, string> = {
  cancelled: 'Cet événement est annulé.',
  postponed: 'Cet événement est reporté : une nouvelle date sera communiquée.',
}

function contactCards(event: SiteEventInput): ContactCard[] {
  const phone = (text: string) => ({ text, href: phoneHref(text) })
  return [
    ...(event.contacts ?? []).map((person) => ({
      name: person.name,
      detail: person.jobTitle || null,
      email: person.email?.trim() || null,
      phones: (person.phones ?? []).map((entry) => phone(entry.number)),
    })),
    ...(event.externalContacts ?? []).map((person) => ({
      name: person.name,
      detail: person.organisation || null,
      email: person.email?.trim() || null,
      phones: person.phone ? [phone(person.phone)] : [],
    })),
  ]
}

function venueCard(venue: SiteEventInput['venue']): EventPageView['venue'] {
  if (!venue) return null
  const city = [venue.postcode, venue.city].filter(Boolean).join(' ')
  return {
    name: venue.name,
    lines: venue.isOnline
      ? []
      : [venue.street, city].filter((line): line is string => Boolean(line)),
    isOnline: Boolean(venue.isOnline),
    mapUrl: mapLink(venue),
    onlineUrl: venue.isOnline ? (venue.url ?? null) : null,
  }
}

/**
 * Everything /agenda/<slug> and /conferences/<slug> show, from plain data: the date and hours
 * in the calendars' words (Brussels), the venue with its map or online link, contacts for
 * mailto:/tel: links, « Ajouter à mon agenda » from the calendars' event model (same UID, title and
 * times as the feeds), schema.org JSON-LD and OpenGraph. Pure.
 *
 * @example toEventPageView({ event, baseUrl: 'https://x.be', now: new Date() }).path // '/agenda/forum-2027'
 */
export function toEventPageView({
  event,
  baseUrl,
  now,
}: {
  event: SiteEventInput
  baseUrl: string
  now: Date
}): EventPageView {
  const { collection } = event
  const path = eventPagePath({ collection, slug: event.slug })
  const url = `${baseUrl}${path}`
  const model = describePublicEvent({ doc: event, collection, baseUrl })
  const isPast = hasEnded({ event: model, now })
  const description = toRichContent(event.description)
  const when = eventWhen(model)
  return {
    collection,
    kindLabel: eventKindLabel({ collection, kind: event.kind }),
    title: model.title,
    titleSegments: parseInlineItalics(event.title),
    path,
    url,
    status: model.status,
    statusNotice: STATUS_NOTICES[model.status] ?? null,
    when,
    day: model.start.slice(0, 10),
    isPast,
    summary: event.summary || null,
    venue: venueCard(event.venue),
    description,
    programme: event.programme ?? [],
    practicalInfo: toRichContent(event.practicalInfo, {
      firstFootnote: description.footnotes.length + 1,
    }),
    contacts: contactCards(event),
    coOrganisers: (event.coOrganisers ?? []).map(({ name, url: link }) => ({
      name,
      url: link || null,
    })),
    registrationUrl: model.status === 'cancelled' || isPast ? null : event.registrationUrl || null,
    speakers: (event.speakers ?? []).map(({ name, role }) => ({ name, role: role || null })),
    sessions: (event.sessions ?? []).map((session) => ({
      title: session.title,
      date: formatDayMonth(session.startsAt),
      time: session.endsAt
        ? `${formatHour(session.startsAt)}–${formatHour(session.endsAt)}`
        : formatHour(session.startsAt),
      venueName: session.venueName ?? null,
    })),
    calendar: calendarLinks({ event: model, baseUrl }),
    jsonLd: eventJsonLd({ event, url }),
    openGraph: { title: model.title, description: event.summary || when, url },
  }
}
