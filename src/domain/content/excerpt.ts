/**
 * The beginning of a text, cut at a word boundary with an ellipsis when longer than `max`
 * characters (a footnote's chip in the editor, a long title in a narrow place).
 *
 * @example excerpt({ text: 'Les comparaisons portent sur le nombre d’établissements', max: 30 })
 * // 'Les comparaisons portent sur…'
 */
export function excerpt({ text, max }: { text: string; max: number }): string {
  const plain = text.replace(/\s+/g, ' ').trim()
  if (plain.length <= max) return plain
  const cut = plain.slice(0, max)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`
}
