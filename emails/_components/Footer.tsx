import { Section, Text } from '@react-email/components'

import type { IssueView } from '../../src/domain/newsletter/types'
import { manageUrlFor } from '../../src/domain/newsletter/personalize'
import { styles } from '../theme'

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
    <Section style={styles.footer}>
      <Text style={styles.footerText}>
        {footer.tagline} • Rédacteurs : {footer.editors}
        {footer.feedbackEmail && (
          <>
            {' '}
            • Des remarques/suggestions ? N’hésitez pas à les envoyer à{' '}
            <a href={`mailto:${footer.feedbackEmail}`} style={styles.link}>
              {footer.feedbackEmail}
            </a>
            {footer.feedbackPhone ? ` - ${footer.feedbackPhone}` : ''}.
          </>
        )}
      </Text>
      <Text style={styles.footerText}>
        <a href={archiveUrl} style={styles.link}>
          Lire ce numéro en ligne
        </a>{' '}
        ·{' '}
        <a href={unsubscribeUrl} style={styles.link}>
          Se désinscrire
        </a>{' '}
        ·{' '}
        <a href={manageUrlFor(unsubscribeUrl)} style={styles.link}>
          Gérer mon abonnement
        </a>
      </Text>
      <Text style={styles.footerText}>
        UNIPSO ASBL · Square Arthur Masson 1/7, 5000 Namur · 081/24.90.20
      </Text>
    </Section>
  )
}
