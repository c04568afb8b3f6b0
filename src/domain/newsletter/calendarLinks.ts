import { DateTime } from 'luxon'

import type { EventDescription } from '../calendar/calendarEvent'
import { eventIcsPath } from '../content/eventUrls'
import { BRUSSELS } from '../dates/brussels'

/** « Ajouter à mon agenda »: Google and Outlook.com templates, the .ics file, the event's page. */
export type CalendarLinks = { google: string; outlook: string; ics: string; page: string }

/**
 * "Ajouter à mon agenda" links from the one event model the feeds and the single-event .ics are
 * written from (`describePublicEvent`), so title, times, place and text are the same in each:
 * Google Calendar and Outlook.com templates, the app's own single-event .ics (same UID as the
 * feeds) and the event's page. All-day events use dates with an exclusive end, as both services
 * expect.
 *
 * @example calendarLinks({ event: describePublicEvent({ doc, collection: 'agenda-items', baseUrl }), baseUrl }).ics
 * // 'https://x.be/events/agenda-items/1.ics'
 */
export function calendarLinks({
  event,
  baseUrl,
}: {
  event: EventDescription
  baseUrl: string
}): CalendarLinks {
  const google = new URLSearchParams({ action: 'TEMPLATE', text: event.title })
  const outlook = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
  })
  if (event.isAllDay) {
    const start = DateTime.fromISO(event.start, { zone: BRUSSELS })
    const end = DateTime.fromISO(event.end, { zone: BRUSSELS })
    google.set('dates', `${start.toFormat('yyyyMMdd')}/${end.toFormat('yyyyMMdd')}`)
    outlook.set('startdt', event.start)
    outlook.set('enddt', event.end)
    outlook.set('allday', 'true')
  } else {
    const start = DateTime.fromISO(event.start, { setZone: true }).setZone(BRUSSELS)
    const end = DateTime.fromISO(event.end, { setZone: true }).setZone(BRUSSELS)
    const utc = (value: DateTime) => value.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'")
    google.set('dates', `${utc(start)}/${utc(end)}`)
    outlook.set('startdt', start.toISO({ suppressMilliseconds: true }) as string)
    outlook.set('enddt', end.toISO({ suppressMilliseconds: true }) as string)
  }
  google.set('ctz', BRUSSELS)
  if (event.description) {
    google.set('details', event.description)
    outlook.set('body', event.description)
  }
  if (event.location) {
    google.set('location', event.location)
    outlook.set('location', event.location)
  }
  const { collection, id } = event.ref
  return {
    google: `https://calendar.google.com/calendar/render?${google.toString()}`,
    outlook: `https://outlook.live.com/calendar/0/deeplink/compose?${outlook.toString()}`,
    ics: `${baseUrl}${eventIcsPath({ collection, id })}`,
    page: event.url,
  }
}
