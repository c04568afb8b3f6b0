import { TOC_TITLE } from './issueOutline'
import { manageUrlFor } from './personalize'
import type { RichBlock, RichContent } from './richText'
import { runsToText } from './richText'
import type { ContactView, EventView, IssueView, RecipientParts, SectionView } from './types'

const RULE = '─'.repeat(60)

function blocksToText(blocks: RichBlock[]): string[] {
  return blocks.map((block) =>
    block.kind === 'paragraph'
      ? runsToText(block.runs)
      : block.items
          .map((item, index) => `${block.isOrdered ? `${index + 1}.` : '•'} ${runsToText(item)}`)
          .join('\n'),
  )
}

function contentToText(content: RichContent): string[] {
  const notes = content.footnotes.map((note) => `[${note.number}] ${runsToText(note.runs)}`)
  return [...blocksToText(content.blocks), ...(notes.length ? [notes.join('\n')] : [])]
}

/** "Catherine Bolly (catherine.bolly@…, 081/…)" */
function contactToText(person: ContactView): string {
  const reach = [person.email, person.phone].filter(Boolean).join(', ')
  return reach ? `${person.name} (${reach})` : person.name
}

function joinFrench(parts: string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}`
}

function eventToText(event: EventView): string {
  const { practical } = event
  const lines = [
    `${event.dateLabel} | ${event.statusLabel ? `${event.statusLabel} – ` : ''}${event.title}`,
    '',
    ...contentToText(event.description).flatMap((paragraph) => [paragraph, '']),
    ...(event.programme.length
      ? ['Au programme :', ...event.programme.map((item) => `• ${item}`), '']
      : []),
    ...(event.speakers.length
      ? ['Intervenants :', ...event.speakers.map((speaker) => `• ${speaker}`), '']
      : []),
    ...(event.sessions.length
      ? ['Sessions :', ...event.sessions.map((session) => `• ${session}`), '']
      : []),
    'Infos pratiques :',
    `• ${practical.date}${practical.time ? `, ${practical.time.toLowerCase()}` : ''}`,
    ...(practical.venueName
      ? [
          `• ${[practical.venueName, ...practical.venueLines].join(', ')}${practical.venueUrl ? ` (${practical.venueUrl})` : ''}`,
        ]
      : []),
    ...(practical.contacts.length
      ? [`• Infos auprès de ${joinFrench(practical.contacts.map(contactToText))}`]
      : []),
    ...(practical.registrationUrl ? [`• Inscription : ${practical.registrationUrl}`] : []),
    ...contentToText(event.practicalInfo).map((paragraph) => `• ${paragraph}`),
    '',
    // The event's page offers Google, Outlook and the .ics file: one short link instead of three
    // long ones (a Google template URL runs to 700 characters).
    `Ajouter à mon agenda : ${event.calendar.page}`,
    ...(event.signature ? ['', `| ${event.signature}`] : []),
  ]
  return lines.join('\n')
}

function sectionToText(view: IssueView, section: SectionView): string[] {
  const title = section.title.toUpperCase()
  switch (section.key) {
    case 'articles':
      return [
        title,
        ...view.articles.map((article) =>
          [
            `${article.rubric} | ${article.titleText}`,
            ...contentToText(article.content),
            `| ${article.signature}`,
          ].join('\n\n'),
        ),
      ]
    case 'agenda':
      return [title, ...view.agenda.map(eventToText)]
    case 'instances':
      return [title, view.instances.map((line) => `• ${line}`).join('\n')]
    case 'workingGroups':
      return [title, view.workingGroups.map((line) => `• ${line}`).join('\n')]
  }
}

/**
 * The plain-text part of the email, written from the view model (not HTML stripped of its tags):
 * same sections, same order, every link spelled out.
 */
export function issueToText({
  view,
  recipient,
}: {
  view: IssueView
  recipient: RecipientParts
}): string {
  const toc = [
    TOC_TITLE.toUpperCase(),
    ...view.toc.flatMap((group) => [
      '',
      group.title,
      ...group.entries.map((entry) =>
        entry.title.length
          ? `• ${entry.label} – ${entry.title.map((segment) => segment.text).join('')}`
          : `• ${entry.label}`,
      ),
    ]),
  ]
  const sections = [
    `#ActUNIPSO – ${view.monthLabel}\nVersion en ligne : ${view.archiveUrl}`,
    recipient.greeting,
    toc.join('\n'),
    ...view.sections.flatMap((section) => [RULE, ...sectionToText(view, section)]),
    RULE,
    [
      `${view.footer.tagline} • Rédacteurs : ${view.footer.editors}`,
      ...(view.footer.feedbackEmail
        ? [
            `Des remarques/suggestions ? N’hésitez pas à les envoyer à ${view.footer.feedbackEmail}${view.footer.feedbackPhone ? ` - ${view.footer.feedbackPhone}` : ''}.`,
          ]
        : []),
      '',
      `Gérer mon abonnement : ${manageUrlFor(recipient.unsubscribeUrl)}`,
      `Se désinscrire : ${recipient.unsubscribeUrl}`,
    ].join('\n'),
  ]
  return `${sections.join('\n\n')}\n`
}
