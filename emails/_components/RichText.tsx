import type { CSSProperties } from 'react'
import { Fragment } from 'react'

import type { Footnote, Run, RichContent } from '../../src/domain/newsletter/richText'
import type { TitleSegment } from '../../src/domain/content/inlineItalics'
import { cls, styles } from '../theme'

/** Text runs with their emphasis, links and footnote calls; shared by the email and the web archive. */
export function Runs({
  runs,
  linkStyle = styles.link,
  linkClassName = cls.link,
}: {
  runs: Run[]
  linkStyle?: CSSProperties
  linkClassName?: string
}) {
  return (
    <>
      {runs.map((run, index) => {
        if (run.kind === 'footnote') return <sup key={index}>{run.number}</sup>
        let node = <Fragment key={index}>{run.text}</Fragment>
        if (run.isItalic) node = <em key={index}>{node}</em>
        if (run.isBold) node = <strong key={index}>{node}</strong>
        return run.href ? (
          <a key={index} href={run.href} style={linkStyle} className={linkClassName}>
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

/** The notes called in a block of content, with the numbers they carry across the issue. */
export function Footnotes({ footnotes }: { footnotes: Footnote[] }) {
  if (footnotes.length === 0) return null
  return (
    <div style={styles.footnotes} className={cls.rule}>
      {footnotes.map((note) => (
        <p key={note.number} style={styles.small} className={cls.muted}>
          <sup>{note.number}</sup> <Runs runs={note.runs} />
        </p>
      ))}
    </div>
  )
}

/** Paragraphs, lists and the footnotes they call, at the end of their article. */
export function RichText({ content }: { content: RichContent }) {
  return (
    <>
      {content.blocks.map((block, index) => {
        if (block.kind === 'paragraph')
          return (
            <p key={index} style={styles.paragraph} className={cls.text}>
              <Runs runs={block.runs} />
            </p>
          )
        const items = block.items.map((item, itemIndex) => (
          <li key={itemIndex} style={styles.listItem}>
            <Runs runs={item} />
          </li>
        ))
        return block.isOrdered ? (
          <ol key={index} style={styles.list} className={cls.text}>
            {items}
          </ol>
        ) : (
          <ul key={index} style={styles.list} className={cls.text}>
            {items}
          </ul>
        )
      })}
      <Footnotes footnotes={content.footnotes} />
    </>
  )
}
