import Link from 'next/link'

import { Title } from '../../../emails/_components/RichText'
import type { AgendaEntry } from '@/domain/site/agenda'

/**
 * Events as a list (home page, /agenda): kind, title linking to the event's page, when (Brussels,
 * in the calendars' words) and where. `headingLevel` keeps the page's outline in order.
 */
export function EventList({
  entries,
  headingLevel = 3,
}: {
  entries: AgendaEntry[]
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="event-list">
      {entries.map((entry) => (
        <li key={entry.key}>
          <span className="entry-kind">{entry.kindLabel}</span>
          <Heading>
            {entry.statusLabel && <span className="badge">{entry.statusLabel}</span>}
            <Link href={entry.path}>
              <Title segments={entry.titleSegments} />
            </Link>
          </Heading>
          <p className="entry-facts">
            <time dateTime={entry.day}>{entry.when}</time>
            {entry.place && <> · {entry.place}</>}
          </p>
          {entry.summary && <p className="entry-summary">{entry.summary}</p>}
        </li>
      ))}
    </ul>
  )
}
