import { manageUrlFor } from './personalize'
import type { RichBlock, RichContent } from './richText'
import { runsToText } from './richText'
import type { EventView, IssueView, RecipientParts } from './types'

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
  const notes = content.footnotes.map(
    (note) =>
      `[${note.number}] ${note.note}${note.url && note.url !== note.note ? ` (${note.url})` : ''}`,
  )
  return [...blocksToText(content.blocks), ...(notes.length ? [notes.join('\n')] : [])]
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
    ...(practical.contacts ? [`• ${practical.contacts}`] : []),
    ...(practical.registrationUrl ? [`• Inscription : ${practical.registrationUrl}`] : []),
    ...contentToText(event.practicalInfo).map((paragraph) => `• ${paragraph}`),
    '',
    'Ajouter à mon agenda :',
    `• Google Agenda : ${event.calendar.google}`,
    `• Outlook : ${event.calendar.outlook}`,
    `• Fichier .ics (Apple, Outlook) : ${event.calendar.ics}`,
    ...(event.signature ? ['', `| ${event.signature}`] : []),
  ]
  return lines.join('\n')
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
    'AU SOMMAIRE DE L’#ACTUNIPSO',
    '',
    ...(view.articles.length
      ? [
          'Dossiers et projets',
          ...view.articles.map((article) => `• ${article.rubric} – ${article.titleText}`),
        ]
      : []),
    ...(view.agenda.length
      ? ['', 'Agenda', ...view.agenda.map((event) => `• ${event.dateLabel} – ${event.title}`)]
      : []),
    ...(view.toc.hasInstances ? ['• Instances'] : []),
    ...(view.toc.hasWorkingGroups ? ['• Groupes de travail'] : []),
  ]
  const sections = [
    `#ActUNIPSO – ${view.monthLabel} (n° ${view.number})\nVersion en ligne : ${view.archiveUrl}`,
    recipient.greeting,
    toc.join('\n'),
    ...(view.articles.length
      ? [
          RULE,
          'DOSSIERS ET PROJETS',
          ...view.articles.map((article) =>
            [
              `${article.rubric} | ${article.titleText}`,
              ...contentToText(article.content),
              `| ${article.signature}`,
            ].join('\n\n'),
          ),
        ]
      : []),
    ...(view.agenda.length ? [RULE, 'AGENDA', ...view.agenda.map(eventToText)] : []),
    ...(view.instances.length
      ? [RULE, 'INSTANCES', view.instances.map((line) => `• ${line}`).join('\n')]
      : []),
    ...(view.workingGroups.length
      ? [RULE, 'GROUPES DE TRAVAIL', view.workingGroups.map((line) => `• ${line}`).join('\n')]
      : []),
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
