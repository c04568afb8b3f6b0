import { Section, Text } from '@react-email/components'

import type { IssueView } from '../../src/domain/newsletter/types'
import { styles } from '../theme'

export function IssueHeader({ view }: { view: IssueView }) {
  return (
    <Section style={styles.header}>
      <Text style={styles.brand}>#ActUNIPSO</Text>
      <Text style={styles.headerMeta}>
        {view.footer.tagline} · {view.monthLabel} · n° {view.number} ·{' '}
        <a href={view.archiveUrl} style={styles.headerLink}>
          Version en ligne
        </a>
      </Text>
    </Section>
  )
}
