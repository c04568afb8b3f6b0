import { Section, Text } from '@react-email/components'

import type { IssueView } from '../../src/domain/newsletter/types'
import { styles } from '../theme'
import { Title } from './RichText'

/** "Au sommaire de l'#ActUNIPSO": every entry links to its section further down the email. */
export function TableOfContents({ toc }: { toc: IssueView['toc'] }) {
  return (
    <Section style={styles.section}>
      <Text style={styles.sectionTitle}>Au sommaire de l’#ActUNIPSO</Text>
      {toc.articles.length > 0 && (
        <>
          <Text style={styles.subTitle}>Dossiers et projets</Text>
          {toc.articles.map((entry) => (
            <Text key={entry.anchor} style={styles.small}>
              <a href={`#${entry.anchor}`} style={styles.tocLink}>
                <span style={styles.label}>{entry.label}</span> <Title segments={entry.title} />
              </a>
            </Text>
          ))}
        </>
      )}
      {(toc.agenda.length > 0 || toc.hasInstances || toc.hasWorkingGroups) && (
        <Text style={styles.subTitle}>Agenda</Text>
      )}
      {toc.agenda.map((entry) => (
        <Text key={entry.anchor} style={styles.small}>
          <a href={`#${entry.anchor}`} style={styles.tocLink}>
            <span style={styles.label}>{entry.label}</span> <Title segments={entry.title} />
          </a>
        </Text>
      ))}
      {toc.hasInstances && (
        <Text style={styles.small}>
          <a href="#instances" style={styles.tocLink}>
            <span style={styles.label}>Instances</span>
          </a>
        </Text>
      )}
      {toc.hasWorkingGroups && (
        <Text style={styles.small}>
          <a href="#groupes-de-travail" style={styles.tocLink}>
            <span style={styles.label}>Groupes de travail</span>
          </a>
        </Text>
      )}
    </Section>
  )
}
