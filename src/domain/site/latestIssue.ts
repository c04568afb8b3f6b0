import type { TitleSegment } from '../content/inlineItalics'
import type { IssueView } from '../newsletter/types'

export type LatestIssueView = {
  path: string
  subject: string
  monthLabel: string
  preheader: string
  /** The issue's table of contents as printed, each entry a link into the archived issue. */
  groups: Array<{
    title: string
    entries: Array<{ href: string; label: string; title: TitleSegment[] }>
  }>
}

/**
 * The home page's « Dernier numéro »: the latest sent edition's table of contents (read through
 * readFrozenView, so in today's shape), its entries pointing at their anchors in /actunipso/<month>.
 *
 * @example toLatestIssue(view).groups[0].entries[0].href // '/actunipso/2020-02#article-1'
 */
export function toLatestIssue(view: IssueView): LatestIssueView {
  const path = `/actunipso/${view.month}`
  return {
    path,
    subject: view.subject,
    monthLabel: view.monthLabel,
    preheader: view.preheader ?? '',
    groups: view.toc.map((group) => ({
      title: group.title,
      entries: group.entries.map((entry) => ({
        href: `${path}#${entry.anchor}`,
        label: entry.label,
        title: entry.title,
      })),
    })),
  }
}
