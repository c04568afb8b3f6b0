import type { CompiledTemplate } from '../newsletter/personalize'
import type { IssueView } from '../newsletter/types'

/** The compiled HTML and text of an issue, with the recipient slots left open. */
export type EditionTemplates = { html: CompiledTemplate; text: CompiledTemplate }

/**
 * An issue as it was sent: what every batch, every resume and the archive read. Frozen once, when
 * the send starts; live content edited afterwards never reaches it.
 */
export type FrozenEdition = {
  id: number | string
  issueId: number | string
  month: string
  subject: string
  preheader: string | null
  listId: string
  view: IssueView
  templates: EditionTemplates
  contentHash: string
}

/**
 * The fingerprint of what a recipient receives apart from their own parts: subject, preheader,
 * List-Id and both templates. Two editions with the same hash send the same bytes.
 *
 * @example editionHash({ subject: 'A', preheader: null, listId: 'x', templates }) // 'sha256:…'
 */
export function editionHashInput({
  subject,
  preheader,
  listId,
  templates,
}: Pick<FrozenEdition, 'subject' | 'preheader' | 'listId' | 'templates'>): string {
  return JSON.stringify({ subject, preheader, listId, templates })
}
