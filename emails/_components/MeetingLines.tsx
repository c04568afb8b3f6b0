import { cls, styles } from '../theme'

/** "Instances" or "Groupes de travail": one line per day or meeting, already worded by the view model. */
export function MeetingLines({ lines }: { lines: string[] }) {
  return (
    <ul style={styles.list} className={cls.text}>
      {lines.map((line) => (
        <li key={line} style={styles.listItem}>
          {line}
        </li>
      ))}
    </ul>
  )
}
