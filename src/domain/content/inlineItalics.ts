export type TitleSegment = { text: string; isItalic: boolean }

/**
 * Splits a title into plain and italic runs. Italics are written between single asterisks,
 * the only markup a title allows; everything else (including `<b>` or `&`) is literal text.
 * An unmatched asterisk stays literal.
 *
 * @example parseInlineItalics('Publication : *Innovations sociales*')
 * // [{ text: 'Publication : ', isItalic: false }, { text: 'Innovations sociales', isItalic: true }]
 */
export function parseInlineItalics(title: string): TitleSegment[] {
  const segments: TitleSegment[] = []
  const pattern = /\*([^*]+)\*/g
  let cursor = 0
  for (const match of title.matchAll(pattern)) {
    const index = match.index ?? 0
    if (index > cursor) segments.push({ text: title.slice(cursor, index), isItalic: false })
    segments.push({ text: match[1] ?? '', isItalic: true })
    cursor = index + match[0].length
  }
  if (cursor < title.length) segments.push({ text: title.slice(cursor), isItalic: false })
  return segments
}

/** The title as plain text, italic markers removed (for feeds, subjects, tables of contents). */
export function toPlainTitle(title: string): string {
  return parseInlineItalics(title)
    .map((segment) => segment.text)
    .join('')
}

// eslint-disable-next-line no-control-regex -- dropping control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]+/g

/**
 * Normalises what an editor typed in a one-line field: trims, collapses runs of whitespace
 * and drops control characters (a pasted tab or newline must not break a subject line or a feed).
 */
export function normalizeSingleLine(value: string): string {
  return value.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim()
}
