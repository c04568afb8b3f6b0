import { Runs } from '../../../emails/_components/RichText'
import type { RichContent } from '@/domain/newsletter/richText'

/** Rich text on the site: paragraphs, lists and the notes they call, from the email's structure. */
export function RichBlocks({ content }: { content: RichContent }) {
  return (
    <>
      {content.blocks.map((block, index) => {
        if (block.kind === 'paragraph')
          return (
            <p key={index}>
              <Runs runs={block.runs} linkStyle={{}} linkClassName="" />
            </p>
          )
        const items = block.items.map((item, itemIndex) => (
          <li key={itemIndex}>
            <Runs runs={item} linkStyle={{}} linkClassName="" />
          </li>
        ))
        return block.isOrdered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>
      })}
      {content.footnotes.length > 0 && (
        <ol className="footnotes">
          {content.footnotes.map((note) => (
            <li key={note.number} value={note.number}>
              <Runs runs={note.runs} linkStyle={{}} linkClassName="" />
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
