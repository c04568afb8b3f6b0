import { toPlainTitle } from '../content/inlineItalics'
import type { PublicEventCollection } from '../content/eventUrls'
import type { EventInput } from '../newsletter/types'
import { schemaDate } from './eventDates'

/** The organiser every public event names: the federation itself. */
export const ORGANIZER = {
  '@type': 'Organization',
  name: 'UNIPSO',
  url: 'https://www.unipso.be',
} as const

const STATUS: Record<string, string> = {
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
}

function location(venue: EventInput['venue']) {
  if (!venue) return undefined
  if (venue.isOnline) return { '@type': 'VirtualLocation', url: venue.url ?? undefined }
  return {
    '@type': 'Place',
    name: venue.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: venue.street ?? undefined,
      postalCode: venue.postcode ?? undefined,
      addressLocality: venue.city ?? undefined,
      addressCountry: 'BE',
    },
  }
}

/**
 * The event as schema.org/Event JSON-LD, for search engines: Brussels offsets in the dates, the
 * status, online or offline attendance, the place, UNIPSO as organiser, the speakers of a
 * conference as performers. Absent values are left out (JSON.stringify drops `undefined`).
 *
 * @example eventJsonLd({ event, url: 'https://x.be/agenda/forum' }).startDate // '2026-12-11T10:00:00+01:00'
 */
export function eventJsonLd({
  event,
  url,
}: {
  event: EventInput & { collection: PublicEventCollection }
  url: string
}): Record<string, unknown> {
  const isAllDay = Boolean(event.isAllDay)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: toPlainTitle(event.title),
    description: event.summary || undefined,
    url,
    startDate: schemaDate({ iso: event.startsAt, isAllDay }),
    endDate: event.endsAt ? schemaDate({ iso: event.endsAt, isAllDay }) : undefined,
    eventStatus: STATUS[event.status ?? ''] ?? 'https://schema.org/EventScheduled',
    eventAttendanceMode: event.venue?.isOnline
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: location(event.venue),
    organizer: ORGANIZER,
    performer: event.speakers?.length
      ? event.speakers.map((speaker) => ({ '@type': 'Person', name: speaker.name }))
      : undefined,
    offers: event.registrationUrl ? { '@type': 'Offer', url: event.registrationUrl } : undefined,
  }
}

/**
 * JSON for a <script type="application/ld+json">: `<` escaped so a title holding `</script>` cannot
 * close the element.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
