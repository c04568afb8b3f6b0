/** A title with its `*italics*` rendered as italics, never as HTML and never with the asterisks. */
import { parseInlineItalics } from '@/domain/content/inlineItalics'

export function ItalicTitle({ text }: { text: string }) {
  return (
    <>
      {parseInlineItalics(text).map((segment, index) =>
        segment.isItalic ? (
          <em key={index}>{segment.text}</em>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  )
}
