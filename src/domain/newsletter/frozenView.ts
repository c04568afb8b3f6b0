import { issueOutline } from './issueOutline'
import type { Footnote, RichContent } from './richText'
import { footnoteRuns } from './richText'
import type { ContactView, EventView, IssueView } from './types'

/** A footnote as editions frozen before footnotes carried their runs stored it. */
type LegacyFootnote = { number: number; note?: string; url?: string; runs?: Footnote['runs'] }

function upgradeContent(content: RichContent): RichContent {
  const footnotes = content.footnotes as LegacyFootnote[]
  if (footnotes.every((note) => Array.isArray(note.runs))) return content
  return {
    ...content,
    footnotes: footnotes.map((note) => ({
      number: note.number,
      runs: note.runs ?? footnoteRuns({ note: note.note ?? '', url: note.url }),
    })),
  }
}

/** Contacts were once one sentence: « Infos auprès de A, B et C ». */
function upgradeContacts(contacts: ContactView[] | string | null): ContactView[] {
  if (Array.isArray(contacts)) return contacts
  if (!contacts) return []
  return contacts
    .replace(/^Infos auprès de\s+/, '')
    .split(/, | et /)
    .map((name) => ({ name: name.trim(), email: null, phone: null, tel: null }))
    .filter((person) => person.name)
}

function upgradeEvent(event: EventView): EventView {
  return {
    ...event,
    description: upgradeContent(event.description),
    practicalInfo: upgradeContent(event.practicalInfo),
    practical: {
      ...event.practical,
      contacts: upgradeContacts(event.practical.contacts as ContactView[] | string | null),
    },
    // Before event pages, an event's only page was its .ics file.
    calendar: { ...event.calendar, page: event.calendar.page ?? '' },
  }
}

/**
 * The view model of a frozen edition, in today's shape. Editions keep the view they were sent
 * with; the web archive renders it with today's components, so a view frozen before a change of
 * shape is brought up to date here (and only here), never by touching the stored edition.
 *
 * @example readFrozenView(edition.view).sections.map((section) => section.title)
 * // ['Dossiers et projets', 'Agenda', 'Instances', 'Groupes de travail']
 */
export function readFrozenView(stored: unknown): IssueView {
  const view = stored as IssueView
  const articles = view.articles.map((article) => ({
    ...article,
    content: upgradeContent(article.content),
  }))
  const agenda = view.agenda.map(upgradeEvent)
  const isCurrent = Array.isArray(view.toc) && Array.isArray(view.sections)
  return {
    ...view,
    articles,
    agenda,
    ...(isCurrent
      ? {}
      : issueOutline({
          articles,
          agenda,
          instances: view.instances,
          workingGroups: view.workingGroups,
        })),
  }
}
