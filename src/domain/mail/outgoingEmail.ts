/** One mail as the app hands it to the provider (Resend's fields, without the sender). */
export type OutgoingEmail = {
  to: string[]
  subject: string
  html: string
  text: string
  headers?: Record<string, string>
  tags?: Array<{ name: string; value: string }>
}

/** Where a queued transactional mail stands (the `outgoing-mails` collection). */
export const OUTGOING_MAIL_STATUSES = [
  { value: 'queued', label: 'En attente' },
  { value: 'sent', label: 'Envoyé' },
  { value: 'failed', label: 'Échec définitif' },
] as const
export type OutgoingMailStatus = (typeof OUTGOING_MAIL_STATUSES)[number]['value']
