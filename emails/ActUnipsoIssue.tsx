import { Body, Container, Head, Html, Preview, Section, Text } from '@react-email/components'

import type { IssueView, RecipientParts } from '../src/domain/newsletter/types'
import { AgendaItem } from './_components/AgendaItem'
import { ArticleSection } from './_components/ArticleSection'
import { Footer } from './_components/Footer'
import { IssueHeader } from './_components/IssueHeader'
import { MeetingsSection } from './_components/MeetingsSection'
import { TableOfContents } from './_components/TableOfContents'
import { issueFixture, recipientFixture } from './_fixtures/issueFixture'
import { styles } from './theme'

export type ActUnipsoIssueProps = { view: IssueView; recipient: RecipientParts }

/**
 * Where the Outlook-for-Windows fixed-width table goes. React 19 cannot emit conditional comments,
 * so these empty (invisible) markers are replaced after rendering (src/server/newsletter/renderIssue.ts).
 */
export const MSO_OPEN = '<span data-actunipso-mso="open"></span>'
export const MSO_CLOSE = '<span data-actunipso-mso="close"></span>'

/** The monthly #ActUNIPSO email, laid out after the February 2020 reference issue. */
export function ActUnipsoIssue({ view, recipient }: ActUnipsoIssueProps) {
  return (
    <Html lang="fr" dir="ltr">
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
        <title>{view.subject}</title>
      </Head>
      <Preview>{view.preheader}</Preview>
      <Body style={styles.body}>
        <span data-actunipso-mso="open" />
        <Container style={styles.container}>
          <IssueHeader view={view} />
          <Section style={styles.section}>
            <Text style={{ ...styles.paragraph, margin: '16px 0 0' }}>{recipient.greeting}</Text>
          </Section>
          <TableOfContents toc={view.toc} />
          {view.articles.length > 0 && (
            <Section style={styles.section}>
              <Text style={styles.sectionTitle}>Dossiers et projets</Text>
            </Section>
          )}
          {view.articles.map((article) => (
            <ArticleSection key={article.anchor} article={article} />
          ))}
          {view.agenda.length > 0 && (
            <Section style={styles.section}>
              <Text style={styles.sectionTitle}>Agenda</Text>
            </Section>
          )}
          {view.agenda.map((event) => (
            <AgendaItem key={event.anchor} event={event} />
          ))}
          <MeetingsSection anchor="instances" title="Instances" lines={view.instances} />
          <MeetingsSection
            anchor="groupes-de-travail"
            title="Groupes de travail"
            lines={view.workingGroups}
          />
          <Footer
            footer={view.footer}
            archiveUrl={view.archiveUrl}
            unsubscribeUrl={recipient.unsubscribeUrl}
          />
        </Container>
        <span data-actunipso-mso="close" />
      </Body>
    </Html>
  )
}

ActUnipsoIssue.PreviewProps = {
  view: issueFixture,
  recipient: recipientFixture,
} satisfies ActUnipsoIssueProps

export default ActUnipsoIssue
