import type { SectionView } from '../../src/domain/newsletter/types'
import { cls, styles } from '../theme'
import { NamedAnchor } from './Anchor'

/** « Dossiers et projets », « Agenda », « Instances », « Groupes de travail »: the <h2> of a section. */
export function SectionTitle({ section }: { section: SectionView }) {
  return (
    <h2 id={section.anchor} style={styles.sectionTitle} className={cls.brand}>
      <NamedAnchor name={section.anchor} />
      {section.title}
    </h2>
  )
}
