import type { ArticleView, EventView, IssueView, SectionView, TocGroup } from './types'

/** The issue's sections, in the printed #ActUNIPSO's order and words. */
export const SECTIONS = [
  { key: 'articles', anchor: 'dossiers-et-projets', title: 'Dossiers et projets' },
  { key: 'agenda', anchor: 'agenda', title: 'Agenda' },
  { key: 'instances', anchor: 'instances', title: 'Instances' },
  { key: 'workingGroups', anchor: 'groupes-de-travail', title: 'Groupes de travail' },
] as const satisfies readonly SectionView[]

/** The title of the table of contents, as printed. */
export const TOC_TITLE = 'Au sommaire de l’#ActUNIPSO'

/**
 * The sections an issue shows (those with content) and its table of contents, grouped as the
 * reference issue groups it: « Dossiers et projets » lists the articles by rubric; « Agenda » lists
 * the events by date, then Instances and Groupes de travail. The email and the web archive both
 * render these, so their headings and order cannot drift apart.
 *
 * @example issueOutline({ articles: [], agenda: [], instances: ['31/01 : Bureau à 10h'], workingGroups: [] }).sections
 * // [{ key: 'instances', anchor: 'instances', title: 'Instances' }]
 */
export function issueOutline({
  articles,
  agenda,
  instances,
  workingGroups,
}: {
  articles: ArticleView[]
  agenda: EventView[]
  instances: string[]
  workingGroups: string[]
}): Pick<IssueView, 'sections' | 'toc'> {
  const counts = {
    articles: articles.length,
    agenda: agenda.length,
    instances: instances.length,
    workingGroups: workingGroups.length,
  }
  const sections = SECTIONS.filter((section) => counts[section.key] > 0).map((section) => ({
    ...section,
  }))
  const has = (key: SectionView['key']) => counts[key] > 0
  const toc: TocGroup[] = [
    {
      title: 'Dossiers et projets',
      entries: articles.map((article) => ({
        anchor: article.anchor,
        label: article.rubric,
        title: article.title,
      })),
    },
    {
      title: 'Agenda',
      entries: [
        ...agenda.map((event) => ({
          anchor: event.anchor,
          label: event.dateLabel,
          title: event.titleSegments,
        })),
        ...(has('instances') ? [{ anchor: 'instances', label: 'Instances', title: [] }] : []),
        ...(has('workingGroups')
          ? [{ anchor: 'groupes-de-travail', label: 'Groupes de travail', title: [] }]
          : []),
      ],
    },
  ].filter((group) => group.entries.length > 0)
  return { sections, toc }
}
