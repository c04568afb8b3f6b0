import { performance } from 'node:perf_hooks'

import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical from 'ical-generator'
import { DateTime } from 'luxon'

import type { CalendarEvent } from '../../src/domain/calendar/calendarEvent'
import { buildCalendar, feedEtag } from '../../src/domain/calendar/buildCalendar'

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number
function time(runs: number, work: () => unknown): number {
  const samples: number[] = []
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now()
    work()
    samples.push(performance.now() - started)
  }
  return median(samples)
}

function syntheticEvents(count: number): CalendarEvent[] {
  const base = DateTime.fromISO('2026-01-05T09:00', { zone: 'Europe/Brussels' })
  return Array.from({ length: count }, (_, index) => {
    const start = base.plus({ days: index % 700, hours: index % 5 })
    return {
      uid: `agenda-items-${index}@actunipso.example`,
      title: `Événement ${index} ; groupe, « test » \\ 🎉`,
      start: start.toISO() as string,
      end: start.plus({ hours: 2 }).toISO() as string,
      isAllDay: false,
      status: index % 50 === 0 ? 'cancelled' : 'confirmed',
      sequence: index % 3,
      updatedAt: '2026-11-01T10:00:00.000Z',
      description: `Programme de l’événement ${index}.\n\nhttps://actunipso.example/calendriers#agenda-items-${index}`,
      location: 'UNIPSO Namur, Square Arthur Masson 1/7, 5000 Namur',
      url: `https://actunipso.example/calendriers#agenda-items-${index}`,
      categories: ['Agenda UNIPSO'],
      ref: { collection: 'agenda-items', id: index },
    }
  })
}

/** The calendar bench: a 5,000-event feed through our code versus raw ical-generator, and the 304 path. */
export function calendarBench(): string[] {
  const events = syntheticEvents(5_000)
  const meta = { name: 'Agenda de l’UNIPSO', description: 'Bench' }
  const ours = time(7, () => buildCalendar({ meta, events }))
  const raw = time(7, () => {
    const calendar = ical({
      name: meta.name,
      timezone: { name: null, generator: getVtimezoneComponent },
    })
    for (const event of events) {
      calendar.createEvent({
        id: event.uid,
        start: DateTime.fromISO(event.start, { setZone: true }),
        end: DateTime.fromISO(event.end, { setZone: true }),
        timezone: 'Europe/Brussels',
        summary: event.title,
        description: event.description,
        location: event.location,
        stamp: DateTime.fromISO(event.updatedAt),
      })
    }
    return calendar.toString()
  })
  const etag = time(31, () => feedEtag({ kind: 'agenda', events, meta }))
  const size = Buffer.byteLength(buildCalendar({ meta, events }), 'utf8')
  return [
    'Flux iCalendar de 5 000 événements',
    `  Taille : ${(size / 1024 / 1024).toFixed(2)} Mo`,
    `  Notre build (buildCalendar) : ${ours.toFixed(0)} ms · ical-generator brut, mêmes événements : ${raw.toFixed(0)} ms · rapport ${(ours / raw).toFixed(2)}× (objectif ≤ 2×)`,
    `  Chemin 304 (ETag calculé sans construire) : ${etag.toFixed(2)} ms · ${(ours / etag).toFixed(0)}× plus rapide qu’un build à froid (objectif ≥ 20×)`,
  ]
}
