import type { OutgoingEmail } from '../mail/outgoingEmail'
import { greetingFor, personalize } from '../newsletter/personalize'
import type { EditionTemplates } from './edition'
import { listHeaders } from './sendPlan'

export type EditionParts = { subject: string; listId: string; templates: EditionTemplates }
export type RecipientFields = {
  email: string
  firstName: string | null | undefined
  unsubscribeUrl: string
}

/**
 * One recipient's mail from an edition: the same function for real sends and test sends, so what
 * a tester receives is byte for byte what subscribers receive (their own parts aside).
 *
 * @example recipientEmail({ edition, recipient: { email: 'a@x.be', firstName: 'Anne', unsubscribeUrl } }).subject
 */
export function recipientEmail({
  edition,
  recipient,
  tags = [],
}: {
  edition: EditionParts
  recipient: RecipientFields
  tags?: OutgoingEmail['tags']
}): OutgoingEmail {
  const parts = {
    greeting: greetingFor(recipient.firstName),
    unsubscribeUrl: recipient.unsubscribeUrl,
  }
  return {
    to: [recipient.email],
    subject: edition.subject,
    html: personalize({ template: edition.templates.html, recipient: parts }),
    text: personalize({ template: edition.templates.text, recipient: parts }),
    headers: listHeaders({ unsubscribeUrl: recipient.unsubscribeUrl, listId: edition.listId }),
    ...(tags && tags.length > 0 ? { tags } : {}),
  }
}
