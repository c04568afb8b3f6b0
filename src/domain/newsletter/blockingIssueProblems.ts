import { toPlainTitle } from '../content/inlineItalics'
import type { IssueSource } from './types'

/**
 * What forbids an issue from going out, read from its content alone (no rendering needed): the
 * approval check shows these as errors, and the sender calls this again just before freezing the
 * edition, because an article can be moved back to draft after the approval.
 * Returns French messages, empty when nothing blocks.
 *
 * @example blockingIssueProblems(source) // ['L’article « Titre » est encore en brouillon : publiez-le ou retirez-le du numéro.']
 */
export function blockingIssueProblems(source: IssueSource): string[] {
  const problems: string[] = []
  if (!source.issue.subject?.trim()) problems.push('L’objet du courriel est vide.')
  if (!source.issue.preheader?.trim())
    problems.push(
      'Le texte d’aperçu est vide : la messagerie afficherait le début du courriel à la place.',
    )
  if (source.articles.length === 0)
    problems.push('Le numéro ne contient aucun article « Dossiers et projets ».')
  for (const article of source.articles) {
    // A draft is not public: sending it would also publish it in the web archive.
    if (article.status === 'draft')
      problems.push(
        `L’article « ${toPlainTitle(article.title)} » est encore en brouillon : publiez-le ou retirez-le du numéro.`,
      )
  }
  return problems
}
