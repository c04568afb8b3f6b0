import { Feed } from 'feed'

import { toPlainTitle } from '../content/inlineItalics'
import { formatIssueMonth } from '../content/issueMonth'
import type { AgendaEntryInput } from './agenda'
import { toAgendaEntry } from './agenda'

const AUTHOR = { name: 'UNIPSO', email: 'unipso@unipso.be', link: 'https://www.unipso.be' }
const COPYRIGHT = 'UNIPSO ASBL – Union des entreprises à profit social'

/**
 * The `feed` package writes entry titles, summaries and contents as `type="html"` (in CDATA): a
 * reader renders them as HTML, so plain text must be escaped first or « R&D <sociale> » loses words.
 */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export type IssueFeedEntry = {
  month: string
  number: number
  subject: string
  preheader?: string | null
  /** When the edition was frozen for sending. */
  sentAt: string
  /** Titles of its table of contents, in order. */
  titles: string[]
}

/**
 * /actunipso/feed.xml: the sent issues, newest first, as Atom (the `feed` package writes and
 * escapes the XML). Each entry links to the issue's archive page; its content lists the titles.
 */
export function issuesAtomFeed({
  entries,
  baseUrl,
}: {
  entries: IssueFeedEntry[]
  baseUrl: string
}): string {
  const feed = new Feed({
    title: '#ActUNIPSO – la lettre d’information de l’UNIPSO',
    description: 'Les numéros de la lettre d’information mensuelle de l’UNIPSO, dès leur envoi.',
    id: `${baseUrl}/actunipso`,
    link: `${baseUrl}/actunipso`,
    language: 'fr',
    favicon: `${baseUrl}/icon.svg`,
    copyright: COPYRIGHT,
    updated: entries[0] ? new Date(entries[0].sentAt) : new Date(0),
    generator: false,
    feedLinks: { atom: `${baseUrl}/actunipso/feed.xml` },
    author: AUTHOR,
  })
  for (const entry of entries) {
    const link = `${baseUrl}/actunipso/${entry.month}`
    const items = entry.titles.map((title) => `<li>${escapeHtml(title)}</li>`).join('')
    feed.addItem({
      title: escapeHtml(`${entry.subject} (n° ${entry.number})`),
      id: link,
      link,
      date: new Date(entry.sentAt),
      published: new Date(entry.sentAt),
      description: escapeHtml(
        entry.preheader || `L’#ActUNIPSO de ${formatIssueMonth(entry.month)}.`,
      ),
      content: items ? `<p>Au sommaire :</p><ul>${items}</ul>` : undefined,
      author: [AUTHOR],
    })
  }
  return feed.atom1()
}

export type EventFeedEntry = AgendaEntryInput & { createdAt: string; updatedAt: string }

/**
 * /agenda/feed.xml: public events, the most recently announced first, as Atom. Each entry says
 * when and where, and links to the event's page.
 */
export function eventsAtomFeed({
  events,
  baseUrl,
}: {
  events: EventFeedEntry[]
  baseUrl: string
}): string {
  const latest = events.reduce((max, event) => Math.max(max, Date.parse(event.updatedAt)), 0)
  const feed = new Feed({
    title: 'Agenda de l’UNIPSO',
    description: 'Les forums, journées d’étude, webinaires, formations et conférences de l’UNIPSO.',
    id: `${baseUrl}/agenda`,
    link: `${baseUrl}/agenda`,
    language: 'fr',
    favicon: `${baseUrl}/icon.svg`,
    copyright: COPYRIGHT,
    updated: new Date(latest),
    generator: false,
    feedLinks: { atom: `${baseUrl}/agenda/feed.xml` },
    author: AUTHOR,
  })
  for (const event of events) {
    const entry = toAgendaEntry({ event, baseUrl })
    const link = `${baseUrl}${entry.path}`
    const facts = [entry.kindLabel, entry.when, entry.place].filter(Boolean).join(' · ')
    feed.addItem({
      title: escapeHtml(
        `${entry.statusLabel ? `${entry.statusLabel.toUpperCase()} – ` : ''}${toPlainTitle(event.title)}`,
      ),
      id: link,
      link,
      date: new Date(event.updatedAt),
      published: new Date(event.createdAt),
      description: escapeHtml([facts, event.summary].filter(Boolean).join('. ')),
      category: [{ name: entry.kindLabel }],
      author: [AUTHOR],
    })
  }
  return feed.atom1()
}
