/** One mail as the app hands it to the provider (Resend's fields, without the sender). */
export type OutgoingEmail = {
  to: string[]
  subject: string
  html: string
  text: string
  headers?: Record<string, string>
  tags?: Array<{ name: string; value: string }>
}
