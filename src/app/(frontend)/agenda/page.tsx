import type { Metadata } from 'next'
import Link from 'next/link'
import { getPayload } from 'payload'

import config from '@payload-config'
import { EventList } from '@/components/web/EventList'
import { readEnv } from '@/config/env'
import type { AgendaQuery } from '@/domain/site/agenda'
import { AGENDA_FILTERS, agendaHref, parseAgendaQuery, toAgendaEntry } from '@/domain/site/agenda'
import { pastEvents, upcomingEvents } from '@/server/site/publicEvents'

export const dynamic = 'force-dynamic'

type SearchParams = {
  type?: string | string[]
  periode?: string | string[]
  page?: string | string[]
}
type Args = { searchParams: Promise<SearchParams> }

const labelOf = (kind: AgendaQuery['kind']) =>
  AGENDA_FILTERS.find((filter) => filter.value === kind)?.label ?? null

export async function generateMetadata({ searchParams }: Args): Promise<Metadata> {
  const query = parseAgendaQuery(await searchParams)
  const kind = labelOf(query.kind)
  return {
    title: `${query.isPast ? 'Événements passés' : 'Agenda de l’UNIPSO'}${kind ? ` : ${kind}` : ''}`,
    description:
      'Forums, journées d’étude, webinaires, formations et conférences de l’UNIPSO, aux heures de Bruxelles.',
    alternates: { canonical: agendaHref(query) },
  }
}

/**
 * /agenda: the upcoming public events, filterable by kind (?type=); past events on their own pages
 * (?periode=passes&page=N).
 */
export default async function AgendaPage({ searchParams }: Args) {
  const query = parseAgendaQuery(await searchParams)
  const payload = await getPayload({ config })
  const now = new Date()
  const { serverUrl } = readEnv()
  const { events, totalPages } = query.isPast
    ? await pastEvents({ payload, now, kind: query.kind, page: query.page })
    : { events: await upcomingEvents({ payload, now, kind: query.kind }), totalPages: 1 }
  const entries = events.map((event) => toAgendaEntry({ event, baseUrl: serverUrl }))
  const kindLabel = labelOf(query.kind)
  const heading = query.isPast ? 'Événements passés' : 'Agenda de l’UNIPSO'
  return (
    <main className="page">
      <h1>
        {heading}
        {kindLabel && ` : ${kindLabel}`}
      </h1>
      <p className="lead">
        Les forums, journées d’étude, webinaires, formations et conférences de l’UNIPSO. Heures de
        Bruxelles. <Link href="/calendriers">Abonnez-vous aux calendriers</Link> pour les retrouver
        dans votre agenda.
      </p>
      <nav aria-label="Période">
        <ul className="tabs">
          <li>
            <Link
              href={agendaHref({ ...query, isPast: false, page: 1 })}
              aria-current={query.isPast ? undefined : 'page'}
            >
              À venir
            </Link>
          </li>
          <li>
            <Link
              href={agendaHref({ ...query, isPast: true, page: 1 })}
              aria-current={query.isPast ? 'page' : undefined}
            >
              Passés
            </Link>
          </li>
        </ul>
      </nav>
      <nav className="filters" aria-label="Type d’événement">
        <ul>
          <li>
            <Link
              href={agendaHref({ ...query, kind: null, page: 1 })}
              aria-current={query.kind ? undefined : 'page'}
            >
              Tous
            </Link>
          </li>
          {AGENDA_FILTERS.map((filter) => (
            <li key={filter.value}>
              <Link
                href={agendaHref({ ...query, kind: filter.value, page: 1 })}
                aria-current={query.kind === filter.value ? 'page' : undefined}
              >
                {filter.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2>
        {query.isPast
          ? `Page ${query.page} sur ${totalPages}`
          : `${entries.length} événement${entries.length > 1 ? 's' : ''} à venir`}
      </h2>
      {entries.length === 0 ? (
        <p>
          {query.isPast
            ? 'Aucun événement passé de ce type.'
            : 'Aucun événement à venir de ce type pour l’instant.'}
        </p>
      ) : (
        <EventList entries={entries} headingLevel={3} />
      )}
      {query.isPast && totalPages > 1 && (
        <nav className="pager" aria-label="Pages des événements passés">
          {query.page > 1 && (
            <Link href={agendaHref({ ...query, page: query.page - 1 })} rel="prev">
              ← Plus récents
            </Link>
          )}
          {query.page < totalPages && (
            <Link href={agendaHref({ ...query, page: query.page + 1 })} rel="next">
              Plus anciens →
            </Link>
          )}
        </nav>
      )}
    </main>
  )
}
