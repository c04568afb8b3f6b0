import { Section } from '@react-email/components'

import type { IssueView } from '../../src/domain/newsletter/types'
import { cls, styles } from '../theme'
import { Title } from './RichText'

/** "Au sommaire de l'#ActUNIPSO": every entry links to its section further down the email. */
export function TableOfContents({ title, toc }: { title: string; toc: IssueView['toc'] }) {
  return (
    <Section style={styles.section}>
      <h2 style={styles.sectionTitle} className={cls.brand}>
        {title}
      </h2>
      {toc.map((group) => (
        <div key={group.title}>
          <h3 style={styles.tocGroup} className={cls.text}>
            {group.title}
          </h3>
          {group.entries.map((entry) => (
            <p key={entry.anchor} style={styles.tocEntry} className={cls.text}>
              <a href={`#${entry.anchor}`} style={styles.tocLink} className={cls.text}>
                <span style={styles.label} className={cls.link}>
                  {entry.label}
                </span>
                {entry.title.length > 0 && (
                  <>
                    {' '}
                    <Title segments={entry.title} />
                  </>
                )}
              </a>
            </p>
          ))}
        </div>
      ))}
    </Section>
  )
}
