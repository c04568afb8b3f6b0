import { Container, Head, Html, Preview, Section } from '@react-email/components'

import { TOC_TITLE } from '../src/domain/newsletter/issueOutline'
import type { IssueView, RecipientParts, SectionView } from '../src/domain/newsletter/types'
import { AgendaItem } from './_components/AgendaItem'
import { ArticleSection } from './_components/ArticleSection'
import { Footer } from './_components/Footer'
import { IssueHeader } from './_components/IssueHeader'
import { MeetingLines } from './_components/MeetingLines'
import { SectionTitle } from './_components/SectionTitle'
import { TableOfContents } from './_components/TableOfContents'
import { issueFixture, recipientFixture } from './_fixtures/issueFixture'
import { cls, darkModeCss, styles } from './theme'

export type ActUnipsoIssueProps = { view: IssueView; recipient: RecipientParts }

/**
 * Where the Outlook-for-Windows fixed-width table goes. React 19 cannot emit conditional comments,
 * so these empty (invisible) markers are replaced after rendering (src/server/newsletter/renderIssue.ts).
 */
export const MSO_OPEN = '<span data-actunipso-mso="open"></span>'
export const MSO_CLOSE = '<span data-actunipso-mso="close"></span>'

function SectionBody({ view, section }: { view: IssueView; section: SectionView }) {
  switch (section.key) {
    case 'articles':
      return view.articles.map((article) => (
        <ArticleSection key={article.anchor} article={article} />
      ))
    case 'agenda':
      return view.agenda.map((event) => <AgendaItem key={event.anchor} event={event} />)
    case 'instances':
      return <MeetingLines lines={view.instances} />
    case 'workingGroups':
      return <MeetingLines lines={view.workingGroups} />
  }
}

/**
 * The monthly #ActUNIPSO email, laid out after the February 2020 reference issue: one <h1> (the
 * issue's title), an <h2> per section in the order of view.sections (the web archive renders the
 * same), light colours inline and dark ones in the only style sheet.
 */
export function ActUnipsoIssue({ view, recipient }: ActUnipsoIssueProps) {
  return (
    <Html lang="fr" dir="ltr">
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <title>{view.subject}</title>
        <style dangerouslySetInnerHTML={{ __html: darkModeCss }} />
      </Head>
      <body
        style={{ margin: 0, padding: 0, backgroundColor: styles.body.backgroundColor }}
        className={cls.page}
      >
        <Preview>{view.preheader}</Preview>
        <table
          role="presentation"
          width="100%"
          cellPadding={0}
          cellSpacing={0}
          border={0}
          style={{ backgroundColor: styles.body.backgroundColor }}
          className={cls.page}
        >
          <tbody>
            <tr>
              <td style={styles.body} className={cls.page}>
                <span data-actunipso-mso="open" />
                <Container style={styles.container} className={cls.card}>
                  <IssueHeader view={view} />
                  <Section style={styles.section}>
                    <p style={{ ...styles.paragraph, margin: '16px 0 0' }} className={cls.text}>
                      {recipient.greeting}
                    </p>
                  </Section>
                  <TableOfContents title={TOC_TITLE} toc={view.toc} />
                  {view.sections.map((section) => (
                    <Section key={section.key} style={styles.section}>
                      <SectionTitle section={section} />
                      <SectionBody view={view} section={section} />
                    </Section>
                  ))}
                  <Footer
                    footer={view.footer}
                    archiveUrl={view.archiveUrl}
                    unsubscribeUrl={recipient.unsubscribeUrl}
                  />
                </Container>
                <span data-actunipso-mso="close" />
              </td>
            </tr>
          </tbody>
        </table>
      </body>
    </Html>
  )
}

ActUnipsoIssue.PreviewProps = {
  view: issueFixture,
  recipient: recipientFixture,
} satisfies ActUnipsoIssueProps

export default ActUnipsoIssue
