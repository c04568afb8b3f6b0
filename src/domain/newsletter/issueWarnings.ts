import { blockingIssueProblems } from './blockingIssueProblems'
import { richTextLength } from './richText'
import type { IssueSource, IssueView } from './types'

export type IssueWarning = { level: 'error' | 'warning'; message: string }

/** Beyond this an article no longer reads as a newsletter item: it belongs on the website. */
export const MAX_ARTICLE_CHARACTERS = 6000
/** Gmail clips messages whose HTML exceeds 102 KB. */
export const GMAIL_CLIP_BYTES = 102 * 1024

/**
 * What an editor must fix (errors, which block approval) or should look at (warnings) before an
 * issue goes out, in French.
 *
 * @example issueWarnings({ source, view, htmlBytes: 40_000 }) // [] for the February 2020 issue
 */
export function issueWarnings({
  source,
  view,
  htmlBytes,
}: {
  source: IssueSource
  view: IssueView
  htmlBytes: number
}): IssueWarning[] {
  const warnings: IssueWarning[] = []
  const error = (message: string) => warnings.push({ level: 'error', message })
  const warn = (message: string) => warnings.push({ level: 'warning', message })

  for (const problem of blockingIssueProblems(source)) error(problem)
  view.articles.forEach((article) => {
    const title = `« ${article.titleText} »`
    for (const url of article.content.brokenLinks)
      error(`Lien invalide dans l’article ${title} : ${url} (adresse complète https://… attendue).`)
    const length = richTextLength(article.content)
    if (length > MAX_ARTICLE_CHARACTERS) {
      error(
        `L’article ${title} fait ${length.toLocaleString('fr-BE')} caractères (maximum ${MAX_ARTICLE_CHARACTERS.toLocaleString('fr-BE')}) : raccourcissez-le ou renvoyez vers le site.`,
      )
    }
    if (!article.rubric) error(`L’article ${title} n’a pas de rubrique.`)
  })
  view.agenda.forEach((event) => {
    for (const url of [...event.description.brokenLinks, ...event.practicalInfo.brokenLinks]) {
      error(`Lien invalide dans l’événement « ${event.title} » : ${url}.`)
    }
    if (event.statusLabel)
      warn(`L’événement « ${event.title} » est marqué ${event.statusLabel.toLowerCase()}.`)
  })
  if (htmlBytes > GMAIL_CLIP_BYTES) {
    error(
      `Le courriel pèse ${Math.round(htmlBytes / 1024)} Ko : au-delà de 102 Ko, Gmail le coupe. Retirez du contenu.`,
    )
  }
  return warnings
}
