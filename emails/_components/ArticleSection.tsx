import type { ArticleView } from '../../src/domain/newsletter/types'
import { cls, styles } from '../theme'
import { NamedAnchor } from './Anchor'
import { RichText, Title } from './RichText'

/** One "Dossiers et projets" article: rubric | title, body, footnotes, signature. */
export function ArticleSection({ article }: { article: ArticleView }) {
  return (
    <>
      <h3 id={article.anchor} style={styles.itemTitle} className={cls.text}>
        <NamedAnchor name={article.anchor} />
        <span style={styles.label} className={cls.link}>
          {article.rubric}
        </span>{' '}
        | <Title segments={article.title} />
      </h3>
      <RichText content={article.content} />
      <p style={styles.signature} className={cls.muted}>
        | {article.signature}
      </p>
    </>
  )
}
