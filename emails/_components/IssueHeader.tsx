import { Section } from '@react-email/components'

import type { IssueView } from '../../src/domain/newsletter/types'
import { cls, styles } from '../theme'

/** The issue's title, its only <h1>, and the link to its web version. */
export function IssueHeader({ view }: { view: IssueView }) {
  return (
    <Section style={styles.header} className={cls.header}>
      <h1 style={styles.title}>
        #ActUNIPSO <span style={styles.titleMonth}>{view.monthLabel}</span>
      </h1>
      <p style={styles.headerMeta}>
        <a href={view.archiveUrl} style={styles.headerLink}>
          Version en ligne
        </a>
      </p>
    </Section>
  )
}
