import { Section, Text } from '@react-email/components'

import type { ArticleView } from '../../src/domain/newsletter/types'
import { styles } from '../theme'
import { RichText, Title } from './RichText'

/** One "Dossiers et projets" article: rubric | title, body, footnotes, signature. */
export function ArticleSection({ article }: { article: ArticleView }) {
  return (
    <Section style={styles.section}>
      <Text style={styles.itemTitle}>
        <a id={article.anchor} style={{ color: 'inherit', textDecoration: 'none' }}>
          <span style={styles.label}>{article.rubric}</span> | <Title segments={article.title} />
        </a>
      </Text>
      <RichText content={article.content} />
      <Text style={styles.signature}>| {article.signature}</Text>
    </Section>
  )
}
