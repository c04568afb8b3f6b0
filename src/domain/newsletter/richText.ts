/**
 * Lexical rich text → a small, email-safe structure the templates render: paragraphs and lists of
 * runs (text with bold/italic/link) and footnote calls numbered per article. No HTML strings:
 * React escapes the text when rendering.
 */

export type Run =
  | { kind: 'text'; text: string; isBold: boolean; isItalic: boolean; href?: string }
  | { kind: 'footnote'; number: number }
export type RichBlock =
  { kind: 'paragraph'; runs: Run[] } | { kind: 'list'; isOrdered: boolean; items: Run[][] }
export type Footnote = { number: number; note: string; url?: string }
export type RichContent = { blocks: RichBlock[]; footnotes: Footnote[]; brokenLinks: string[] }

type LexicalNode = {
  type?: string
  text?: string
  format?: number | string
  listType?: string
  tag?: string
  children?: LexicalNode[]
  fields?: { url?: string; blockType?: string; note?: string; linkType?: string; doc?: unknown }
}

const BOLD = 1
const ITALIC = 2
const SAFE_URL = /^(https?:\/\/[^\s<>"]+|mailto:[^\s<>"]+@[^\s<>"]+)$/i

/** Links an email can carry: absolute http(s) or mailto. Anything else is reported as broken. */
export function isSafeUrl(url: string | undefined | null): url is string {
  return typeof url === 'string' && SAFE_URL.test(url.trim())
}

/**
 * @example toRichContent({ root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Bonjour', format: 0 }] }] } })
 * // { blocks: [{ kind: 'paragraph', runs: [{ kind: 'text', text: 'Bonjour', isBold: false, isItalic: false }] }], footnotes: [], brokenLinks: [] }
 */
export function toRichContent(
  document: unknown,
  { firstFootnote = 1 }: { firstFootnote?: number } = {},
): RichContent {
  const footnotes: Footnote[] = []
  const brokenLinks: string[] = []
  const root = (document as { root?: LexicalNode } | null | undefined)?.root

  const runsOf = (nodes: LexicalNode[] | undefined, href?: string): Run[] =>
    (nodes ?? []).flatMap((node): Run[] => {
      if (node.type === 'text') {
        const format = typeof node.format === 'number' ? node.format : 0
        const run: Run = {
          kind: 'text',
          text: node.text ?? '',
          isBold: (format & BOLD) !== 0,
          isItalic: (format & ITALIC) !== 0,
        }
        return [href ? { ...run, href } : run]
      }
      if (node.type === 'linebreak')
        return [{ kind: 'text', text: '\n', isBold: false, isItalic: false }]
      if (node.type === 'link' || node.type === 'autolink') {
        const url = node.fields?.url?.trim()
        if (isSafeUrl(url)) return runsOf(node.children, url)
        brokenLinks.push(url ? url : '(lien vide)')
        return runsOf(node.children)
      }
      if (node.type === 'inlineBlock' && node.fields?.blockType === 'footnote') {
        const number = firstFootnote + footnotes.length
        const url = node.fields.url?.trim()
        if (url && !isSafeUrl(url)) brokenLinks.push(url)
        footnotes.push({ number, note: node.fields.note ?? '', ...(isSafeUrl(url) ? { url } : {}) })
        return [{ kind: 'footnote', number }]
      }
      return runsOf(node.children, href)
    })

  const blocks: RichBlock[] = (root?.children ?? []).flatMap((node): RichBlock[] => {
    if (node.type === 'list') {
      return [
        {
          kind: 'list',
          isOrdered: node.listType === 'number' || node.tag === 'ol',
          items: (node.children ?? []).map((item) => runsOf(item.children)),
        },
      ]
    }
    const runs = runsOf(node.children)
    return runs.some((run) => run.kind === 'footnote' || run.text.trim())
      ? [{ kind: 'paragraph', runs }]
      : []
  })
  return { blocks, footnotes, brokenLinks }
}

/** Plain text of runs, links written "text (url)" unless the text is the URL itself. */
export function runsToText(runs: Run[]): string {
  return runs
    .map((run) => {
      if (run.kind === 'footnote') return `[${run.number}]`
      if (!run.href) return run.text
      const bare = run.href.replace(/^mailto:/, '')
      return run.text.trim() === run.href || run.text.trim() === bare
        ? run.text
        : `${run.text} (${bare})`
    })
    .join('')
}

/** Number of visible characters, to warn about articles that are too long for an email. */
export function richTextLength(content: RichContent): number {
  return content.blocks
    .flatMap((block) => (block.kind === 'paragraph' ? [block.runs] : block.items))
    .reduce((total, runs) => total + runsToText(runs).length, 0)
}
