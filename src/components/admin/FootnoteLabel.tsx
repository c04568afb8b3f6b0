/**
 * A footnote's chip in the rich-text editor (server component, re-rendered when the note is
 * saved): the note's beginning, so an editor sees which note is which without opening it.
 */
import { excerpt } from '@/domain/content/excerpt'

export function FootnoteLabel({ data }: { data?: { note?: string | null } }) {
  const note = data?.note?.trim()
  return <span>{note ? `Note : ${excerpt({ text: note, max: 40 })}` : 'Note de bas de page'}</span>
}
