/**
 * Converts the small Markdown subset used by the seed files into Payload's Lexical JSON:
 * paragraphs, "- " bullet lists, [links](url), *italics*, **bold**, and footnotes
 * (`word[^1]` with `[^1]: note text` on its own line), which become inline `footnote` blocks
 * carrying their note, so that the note travels with the sentence it annotates.
 *
 * Pure: no Payload or Lexical import; the shapes are those Lexical serialises.
 *
 * Why not Payload's `convertMarkdownToLexical` (@payloadcms/richtext-lexical), tried on 2026-11-30
 * with the articles' body editor config: it keeps `[^1]` as literal text and turns the
 * `[^1]: …` definition into a paragraph of its own (Lexical's Markdown transformers know no
 * footnotes). Carrying them would need (1) a `jsx` import converter on FootnoteBlock
 * (collections/fields/emailRichText.ts) plus a pre-pass rewriting each `[^n]` into a
 * `<footnote note="…" />` tag, and (2) the sanitised editor config, i.e. a loaded Payload
 * config: the conversion would leave src/domain for src/server and the seed could no longer
 * be converted, nor this module tested, without Payload.
 */

export type LexicalTextNode = {
  type: 'text'
  text: string
  format: number
  detail: 0
  mode: 'normal'
  style: ''
  version: 1
}
export type LexicalLinkNode = {
  type: 'link'
  version: 3
  format: ''
  indent: 0
  direction: 'ltr'
  fields: { linkType: 'custom'; url: string; newTab: boolean }
  children: LexicalTextNode[]
}
export type LexicalFootnoteNode = {
  type: 'inlineBlock'
  version: 1
  fields: { id: string; blockName: ''; blockType: 'footnote'; note: string; url?: string }
}
export type LexicalInlineNode = LexicalTextNode | LexicalLinkNode | LexicalFootnoteNode
type ElementBase = { format: ''; indent: 0; version: 1; direction: 'ltr' }
export type LexicalParagraphNode = ElementBase & {
  type: 'paragraph'
  textFormat: 0
  textStyle: ''
  children: LexicalInlineNode[]
}
export type LexicalListItemNode = ElementBase & {
  type: 'listitem'
  value: number
  children: LexicalInlineNode[]
}
export type LexicalListNode = ElementBase & {
  type: 'list'
  listType: 'bullet'
  start: 1
  tag: 'ul'
  children: LexicalListItemNode[]
}
export type LexicalBlockNode = LexicalParagraphNode | LexicalListNode
export type LexicalDocument = {
  root: ElementBase & { type: 'root'; children: LexicalBlockNode[] }
}

export const TEXT_FORMAT = { bold: 1, italic: 2 } as const

const ELEMENT: ElementBase = { format: '', indent: 0, version: 1, direction: 'ltr' }
const FOOTNOTE_DEFINITION = /^\[\^([^\]\s]+)\]:\s*(.+)$/
const FOOTNOTE_REFERENCE = /^\[\^([^\]\s]+)\]/
const LINK = /^\[([^\]]*)\]\(([^)\s]+)\)/
const BOLD = /^\*\*(?!\s)(.+?)(?<!\s)\*\*/
const ITALIC = /^\*(?![\s*])([^*]*?[^\s*])\*/

type Footnote = { note: string; url?: string }

function textNode(text: string, format: number): LexicalTextNode {
  return { type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

/** A stable 24-hex id (the shape Payload gives block ids) so a seed gives the same document twice. */
function stableId(seed: string): string {
  let hash = 0x811c9dc5
  let out = ''
  for (let round = 0; round < 3; round += 1) {
    for (const char of `${round}:${seed}`) {
      hash ^= char.codePointAt(0) ?? 0
      hash = Math.imul(hash, 0x01000193) >>> 0
    }
    out += hash.toString(16).padStart(8, '0')
  }
  return out
}

function parseInline(
  source: string,
  context: { format: number; footnotes: Map<string, Footnote>; used: string[] },
): LexicalInlineNode[] {
  const nodes: LexicalInlineNode[] = []
  let plain = ''
  const flush = () => {
    if (plain) nodes.push(textNode(plain, context.format))
    plain = ''
  }
  let index = 0
  while (index < source.length) {
    const rest = source.slice(index)
    const reference = FOOTNOTE_REFERENCE.exec(rest)
    if (reference) {
      const id = reference[1] as string
      const footnote = context.footnotes.get(id)
      if (!footnote)
        throw new Error(`Note de bas de page [^${id}] utilisée sans définition « [^${id}]: … »`)
      flush()
      context.used.push(id)
      nodes.push({
        type: 'inlineBlock',
        version: 1,
        fields: {
          id: stableId(`${id}:${footnote.note}`),
          blockName: '',
          blockType: 'footnote',
          note: footnote.note,
          ...(footnote.url ? { url: footnote.url } : {}),
        },
      })
      index += reference[0].length
      continue
    }
    const link = LINK.exec(rest)
    if (link) {
      flush()
      const children = parseInline(link[1] as string, context).filter(
        (node): node is LexicalTextNode => node.type === 'text',
      )
      nodes.push({
        type: 'link',
        version: 3,
        format: '',
        indent: 0,
        direction: 'ltr',
        fields: { linkType: 'custom', url: link[2] as string, newTab: false },
        children,
      })
      index += link[0].length
      continue
    }
    // As in CommonMark, emphasis hugs its text: "5 * 3" keeps a literal asterisk.
    const emphasis = BOLD.exec(rest) ?? ITALIC.exec(rest)
    if (emphasis) {
      flush()
      const format =
        context.format | (emphasis[0].startsWith('**') ? TEXT_FORMAT.bold : TEXT_FORMAT.italic)
      nodes.push(...parseInline(emphasis[1] as string, { ...context, format }))
      index += emphasis[0].length
      continue
    }
    plain += source[index]
    index += 1
  }
  flush()
  return nodes
}

function parseFootnote(text: string): Footnote {
  const links = [...text.matchAll(/\[([^\]]*)\]\(([^)\s]+)\)/g)]
  const note = text
    .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, '$1')
    .replace(/\*/g, '')
    .trim()
  const url = links[0]?.[2] ?? (/^https?:\/\/\S+$/.test(note) ? note : undefined)
  return url ? { note, url } : { note }
}

/**
 * @example markdownToLexical('Voir le [site](https://www.unipso.be)[^1].\n\n[^1]: www.unipso.be')
 */
export function markdownToLexical(markdown: string): LexicalDocument {
  const footnotes = new Map<string, Footnote>()
  const bodyLines: string[] = []
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const definition = FOOTNOTE_DEFINITION.exec(line.trim())
    if (definition) footnotes.set(definition[1] as string, parseFootnote(definition[2] as string))
    else bodyLines.push(line)
  }
  const context = { format: 0, footnotes, used: [] as string[] }
  const blocks = bodyLines
    .join('\n')
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0)

  const children: LexicalBlockNode[] = blocks.map((lines) => {
    if (lines.every((line) => line.startsWith('- '))) {
      return {
        ...ELEMENT,
        type: 'list',
        listType: 'bullet',
        start: 1,
        tag: 'ul',
        children: lines.map((line, position) => ({
          ...ELEMENT,
          type: 'listitem',
          value: position + 1,
          children: parseInline(line.slice(2).trim(), context),
        })),
      }
    }
    return {
      ...ELEMENT,
      type: 'paragraph',
      textFormat: 0,
      textStyle: '',
      children: parseInline(lines.join(' '), context),
    }
  })
  const unused = [...footnotes.keys()].filter((id) => !context.used.includes(id))
  if (unused.length > 0) {
    throw new Error(
      `Notes de bas de page définies mais jamais appelées : ${unused.map((id) => `[^${id}]`).join(', ')}`,
    )
  }
  return { root: { ...ELEMENT, type: 'root', children } }
}

/** The plain text of a Lexical document (paragraphs separated by blank lines). */
export function lexicalToPlainText(
  document: { root: { children: unknown[] } } | null | undefined,
): string {
  if (!document?.root) return ''
  const textOf = (node: unknown): string => {
    const value = node as { type?: string; text?: string; children?: unknown[] }
    if (value.type === 'text') return value.text ?? ''
    if (value.type === 'linebreak') return '\n'
    if (Array.isArray(value.children)) {
      const separator = value.type === 'list' ? '\n' : ''
      const prefix = value.type === 'listitem' ? '- ' : ''
      return prefix + value.children.map(textOf).join(separator)
    }
    return ''
  }
  return document.root.children.map(textOf).join('\n\n')
}
