/**
 * Lexical rich text → a small, email-safe structure the templates render: paragraphs and lists of
 * runs (text with bold/italic/link) and footnote calls, numbered from `firstFootnote` so that an
 * issue numbers its notes 1 to n across its articles, as the printed #ActUNIPSO does. No HTML
 * strings: React escapes the text when rendering.
 */

export type TextRun = {
  kind: 'text'
  text: string
  isBold: boolean
  isItalic: boolean
  href?: string
}
export type Run = TextRun | { kind: 'footnote'; number: number }
export type RichBlock =
  { kind: 'paragraph'; runs: Run[] } | { kind: 'list'; isOrdered: boolean; items: Run[][] }
/** A note as the reader sees it: its text, with its link on the address it prints (see footnoteRuns). */
export type Footnote = { number: number; runs: Run[] }
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

const plainRun = (text: string): TextRun => ({ kind: 'text', text, isBold: false, isItalic: false })

// An address written in a note: http(s)://… or www.…, without the punctuation that ends a sentence.
const URL_IN_TEXT = /(?:https?:\/\/|www\.)[^\s<>"«»]*[^\s<>"«».,;:!?')\]]/gi

/** How an address is usually printed: "http://www.unipso.be/" → "www.unipso.be". */
export const printedUrl = (url: string) => url.replace(/^https?:\/\//i, '').replace(/\/$/, '')

/** Text with every address it prints made a link (www.… gets https://). */
function linkify(text: string): Run[] {
  const runs: Run[] = []
  let cursor = 0
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const href = /^www\./i.test(match[0]) ? `https://${match[0]}` : match[0]
    if (!isSafeUrl(href)) continue
    if ((match.index ?? 0) > cursor) runs.push(plainRun(text.slice(cursor, match.index)))
    runs.push({ ...plainRun(match[0]), href })
    cursor = (match.index ?? 0) + match[0].length
  }
  if (cursor < text.length) runs.push(plainRun(text.slice(cursor)))
  return runs
}

/**
 * A footnote's text with its link written once: the note's URL goes on the address the note prints
 * ("www.unipso.be < Conférences" links "www.unipso.be"), else on the whole note; any other address
 * in the text is a link too.
 *
 * @example footnoteRuns({ note: 'www.unipso.be < Conférences', url: 'http://www.unipso.be' })
 * // [{ kind: 'text', text: 'www.unipso.be', href: 'http://www.unipso.be', … }, { kind: 'text', text: ' < Conférences', … }]
 */
export function footnoteRuns({ note, url }: { note: string; url?: string }): Run[] {
  const text = note.trim()
  if (!url) return linkify(text)
  if (!text) return [{ ...plainRun(url), href: url }]
  const lower = text.toLowerCase()
  for (const printed of [url, printedUrl(url)]) {
    const at = lower.indexOf(printed.toLowerCase())
    if (at < 0) continue
    return [
      ...linkify(text.slice(0, at)),
      { ...plainRun(text.slice(at, at + printed.length)), href: url },
      ...linkify(text.slice(at + printed.length)),
    ]
  }
  return [{ ...plainRun(text), href: url }]
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
        footnotes.push({
          number,
          runs: footnoteRuns({
            note: node.fields.note ?? '',
            url: isSafeUrl(url) ? url : undefined,
          }),
        })
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

/**
 * Plain text of runs, links written "text (url)" unless the text is the URL itself; an address
 * printed without its scheme ("www.unipso.be") is written in full so every client makes it a link.
 */
export function runsToText(runs: Run[]): string {
  return runs
    .map((run) => {
      if (run.kind === 'footnote') return `[${run.number}]`
      if (!run.href) return run.text
      const bare = run.href.replace(/^(mailto|tel):/, '')
      const text = run.text.trim()
      if (text === run.href || text === bare) return run.text
      if (text === printedUrl(run.href)) return run.text.replace(text, run.href)
      return `${run.text} (${bare})`
    })
    .join('')
}

/** Number of visible characters, to warn about articles that are too long for an email. */
export function richTextLength(content: RichContent): number {
  return content.blocks
    .flatMap((block) => (block.kind === 'paragraph' ? [block.runs] : block.items))
    .reduce((total, runs) => total + runsToText(runs).length, 0)
}
