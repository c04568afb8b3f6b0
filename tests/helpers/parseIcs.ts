import ICAL from 'ical.js'

export type ParsedEvent = {
  uid: string
  summary: string
  start: string
  end: string
  isDate: boolean
  status: string | null
  sequence: number
  location: string | null
  categories: string[]
}

/** Parses a feed with ical.js, an independent parser, and gives start/end in Brussels wall-clock time. */
export function parseIcs(text: string): { name: string; events: ParsedEvent[] } {
  const root = new ICAL.Component(ICAL.parse(text))
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  const brussels = ICAL.TimezoneService.get('Europe/Brussels')
  const local = (time: ICAL.Time) =>
    time.isDate
      ? time.toString()
      : time
          .convertToZone(brussels as ICAL.Timezone)
          .toString()
          .slice(0, 16)
  return {
    name: String(root.getFirstPropertyValue('x-wr-calname') ?? ''),
    events: root.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component)
      return {
        uid: event.uid,
        summary: event.summary,
        start: local(event.startDate),
        end: local(event.endDate),
        isDate: event.startDate.isDate,
        status: (component.getFirstPropertyValue('status') as string | null) ?? null,
        sequence: event.sequence,
        location: event.location ?? null,
        categories: component
          .getAllProperties('categories')
          .flatMap((property) => property.getValues().map(String)),
      }
    }),
  }
}
