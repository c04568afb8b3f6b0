import { render } from '@react-email/components'
import { createElement } from 'react'

import { ActUnipsoIssue, MSO_CLOSE, MSO_OPEN } from '../../../emails/ActUnipsoIssue'
import { issueToText } from '@/domain/newsletter/issueText'
import type { CompiledTemplate } from '@/domain/newsletter/personalize'
import { compileTemplate, personalize, RECIPIENT_TOKENS } from '@/domain/newsletter/personalize'
import type { IssueView, RecipientParts } from '@/domain/newsletter/types'

/** Outlook for Windows ignores max-width: it gets a fixed 600 px table through MSO conditional comments. */
const MSO_TABLE_OPEN =
  '<!--[if mso]><table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->'
const MSO_TABLE_CLOSE = '<!--[if mso]></td></tr></table><![endif]-->'

function finalizeHtml(html: string): string {
  return html.replace(MSO_OPEN, MSO_TABLE_OPEN).replace(MSO_CLOSE, MSO_TABLE_CLOSE)
}

/** Renders the email for one recipient with React: the reference the personalised output must equal. */
export async function renderIssueFor({
  view,
  recipient,
}: {
  view: IssueView
  recipient: RecipientParts
}): Promise<{ html: string; text: string }> {
  const html = finalizeHtml(await render(createElement(ActUnipsoIssue, { view, recipient })))
  return { html, text: issueToText({ view, recipient }) }
}

export type IssueTemplates = { html: CompiledTemplate; text: CompiledTemplate }

/** Renders an issue once, with placeholders where recipients differ. */
export async function renderIssueTemplates(view: IssueView): Promise<IssueTemplates> {
  const { html, text } = await renderIssueFor({ view, recipient: RECIPIENT_TOKENS })
  return {
    html: compileTemplate({ rendered: html, isHtml: true }),
    text: compileTemplate({ rendered: text, isHtml: false }),
  }
}

/** One recipient's email from the compiled templates: no React work per recipient. */
export function personalizeIssue({
  templates,
  recipient,
}: {
  templates: IssueTemplates
  recipient: RecipientParts
}): { html: string; text: string } {
  return {
    html: personalize({ template: templates.html, recipient }),
    text: personalize({ template: templates.text, recipient }),
  }
}
