import type { CSSProperties } from 'react'
import { Fragment } from 'react'

import type { Run, RichContent } from '../../src/domain/newsletter/richText'
import type { TitleSegment } from '../../src/domain/content/inlineItalics'
import { styles } from '../theme'

/** Text runs with their emphasis, links and footnote calls; shared by the email and the web archive. */
export function Runs({
  runs,
  linkStyle = styles.link,
}: {
  runs: Run[]
  linkStyle?: CSSProperties
}) {
  return (
    <>
      {runs.map((run, index) => {
        if (run.kind === 'footnote') return <sup key={index}>{run.number}</sup>
        let node = <Fragment key={index}>{run.text}</Fragment>
        if (run.isItalic) node = <em key={index}>{node}</em>
        if (run.isBold) node = <strong key={index}>{node}</strong>
        return run.href ? (
          <a key={index} href={run.href} style={linkStyle}>
            {node}
          </a>
        ) : (
          node
        )
      })}
    </>
  )
}

/** A title with its italic segments; shared by the email and the web archive. */
export function Title({ segments }: { segments: TitleSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.isItalic ? (
          <em key={index}>{segment.text}</em>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  )
}

/** Paragraphs, lists and the article's footnotes, numbered at its end. */
export function RichText({ content }: { content: RichContent }) {
  return (
    <>
      {content.blocks.map((block, index) =>
        block.kind === 'paragraph' ? (
          <p key={index} style={styles.paragraph}>
            <Runs runs={block.runs} />
          </p>
        ) : block.isOrdered ? (
          <ol key={index} style={styles.list}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex} style={styles.listItem}>
                <Runs runs={item} />
              </li>
            ))}
          </ol>
        ) : (
          <ul key={index} style={styles.list}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex} style={styles.listItem}>
                <Runs runs={item} />
              </li>
            ))}
          </ul>
        ),
      )}
      {content.footnotes.length > 0 && (
        <div style={styles.footnotes}>
          {content.footnotes.map((note) => (
            <p key={note.number} style={styles.small}>
              <sup>{note.number}</sup> {note.note}
              {note.url && note.url !== note.note ? (
                <>
                  {' '}
                  (
                  <a href={note.url} style={styles.link}>
                    {note.url}
                  </a>
                  )
                </>
              ) : null}
            </p>
          ))}
        </div>
      )}
    </>
  )
}
