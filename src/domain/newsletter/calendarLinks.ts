import { DateTime } from 'luxon'

import { BRUSSELS } from '../dates/brussels'

export type CalendarEventInput = {
  title: string
  startsAt: string
  endsAt?: string | null
  isAllDay?: boolean | null
  location?: string
  details?: string
}

export type CalendarLinks = { google: string; outlook: string; ics: string }

/** The end an "add to calendar" link needs: the given end, else one hour later (one day when all-day). */
function effectiveEnd(event: CalendarEventInput): DateTime {
  const start = DateTime.fromISO(event.startsAt, { zone: 'utc' }).setZone(BRUSSELS)
  if (event.endsAt) return DateTime.fromISO(event.endsAt, { zone: 'utc' }).setZone(BRUSSELS)
  return event.isAllDay ? start : start.plus({ hours: 1 })
}

/**
 * "Ajouter à mon agenda" links: Google Calendar and Outlook.com templates, plus the app's own
 * single-event .ics (`icsUrl`, served by the calendar routes). All-day events use dates with an
 * exclusive end, as both services expect.
 *
 * @example calendarLinks({ event: { title: 'Forum', startsAt: '2020-02-20T23:00:00.000Z', isAllDay: true }, icsUrl: 'https://x/events/agenda-items/1.ics' }).google
 * // 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=Forum&dates=20200221%2F20200222&ctz=Europe%2FBrussels'
 */
export function calendarLinks({
  event,
  icsUrl,
}: {
  event: CalendarEventInput
  icsUrl: string
}): CalendarLinks {
  const start = DateTime.fromISO(event.startsAt, { zone: 'utc' }).setZone(BRUSSELS)
  const end = effectiveEnd(event)
  const google = new URLSearchParams({ action: 'TEMPLATE', text: event.title })
  const outlook = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
  })
  if (event.isAllDay) {
    google.set(
      'dates',
      `${start.toFormat('yyyyMMdd')}/${end.plus({ days: 1 }).toFormat('yyyyMMdd')}`,
    )
    outlook.set('startdt', start.toISODate() as string)
    outlook.set('enddt', end.plus({ days: 1 }).toISODate() as string)
    outlook.set('allday', 'true')
  } else {
    google.set(
      'dates',
      `${start.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'")}/${end.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'")}`,
    )
    outlook.set('startdt', start.toISO({ suppressMilliseconds: true }) as string)
    outlook.set('enddt', end.toISO({ suppressMilliseconds: true }) as string)
  }
  google.set('ctz', BRUSSELS)
  if (event.details) {
    google.set('details', event.details)
    outlook.set('body', event.details)
  }
  if (event.location) {
    google.set('location', event.location)
    outlook.set('location', event.location)
  }
  return {
    google: `https://calendar.google.com/calendar/render?${google.toString()}`,
    outlook: `https://outlook.live.com/calendar/0/deeplink/compose?${outlook.toString()}`,
    ics: icsUrl,
  }
}
