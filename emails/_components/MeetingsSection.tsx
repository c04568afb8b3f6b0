import { Section, Text } from '@react-email/components'

import { styles } from '../theme'

/** "Instances" or "Groupes de travail": one line per day or meeting, already worded by the view model. */
export function MeetingsSection({
  anchor,
  title,
  lines,
}: {
  anchor: string
  title: string
  lines: string[]
}) {
  if (lines.length === 0) return null
  return (
    <Section style={styles.section}>
      <Text style={styles.sectionTitle}>
        <a id={anchor} style={{ color: 'inherit', textDecoration: 'none' }}>
          {title}
        </a>
      </Text>
      <ul style={styles.list}>
        {lines.map((line) => (
          <li key={line} style={styles.listItem}>
            {line}
          </li>
        ))}
      </ul>
    </Section>
  )
}
