import { Section } from '@react-email/components'

import type { IssueView } from '../../src/domain/newsletter/types'
import { manageUrlFor } from '../../src/domain/newsletter/personalize'
import { cls, styles } from '../theme'

export function Footer({
  footer,
  archiveUrl,
  unsubscribeUrl,
}: {
  footer: IssueView['footer']
  archiveUrl: string
  unsubscribeUrl: string
}) {
  return (
    <Section style={styles.footer} className={cls.page}>
      <p style={styles.footerText} className={cls.muted}>
        {footer.tagline} • Rédacteurs : {footer.editors}
        {footer.feedbackEmail && (
          <>
            {' '}
            • Des remarques/suggestions ? N’hésitez pas à les envoyer à{' '}
            <a href={`mailto:${footer.feedbackEmail}`} style={styles.link} className={cls.link}>
              {footer.feedbackEmail}
            </a>
            {footer.feedbackPhone ? ` - ${footer.feedbackPhone}` : ''}.
          </>
        )}
      </p>
      <p style={styles.footerText} className={cls.muted}>
        <a href={archiveUrl} style={styles.link} className={cls.link}>
          Lire ce numéro en ligne
        </a>{' '}
        ·{' '}
        <a href={unsubscribeUrl} style={styles.link} className={cls.link}>
          Se désinscrire
        </a>{' '}
        ·{' '}
        <a href={manageUrlFor(unsubscribeUrl)} style={styles.link} className={cls.link}>
          Gérer mon abonnement
        </a>
      </p>
      <p style={styles.footerText} className={cls.muted}>
        UNIPSO ASBL · Square Arthur Masson 1/7, 5000 Namur · 081/24.90.20
      </p>
    </Section>
  )
}
