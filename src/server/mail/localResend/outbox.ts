import crypto from 'node:crypto'

import type { ApiEmail } from '@/domain/mail/resendRequest'

export type StoredEmail = ApiEmail & {
  id: string
  created_at: string
  object: 'email'
  last_event: 'sent'
}

/** Every mail the local Resend-compatible server accepted, in memory for the life of the server. */
export class Outbox {
  private readonly emails: StoredEmail[] = []

  /** keepBodies: false keeps only the envelope (benchmarks of 100,000 mails stay small in memory). */
  constructor(private readonly keepBodies = true) {}

  add(email: ApiEmail, now = new Date()): StoredEmail {
    const kept: ApiEmail = this.keepBodies
      ? email
      : { from: email.from, to: email.to, subject: email.subject, tags: email.tags }
    const stored: StoredEmail = {
      ...kept,
      id: crypto.randomUUID(),
      created_at: now.toISOString(),
      object: 'email',
      last_event: 'sent',
    }
    this.emails.push(stored)
    return stored
  }

  all(): StoredEmail[] {
    return [...this.emails]
  }

  find(id: string): StoredEmail | undefined {
    return this.emails.find((email) => email.id === id)
  }

  clear(): void {
    this.emails.length = 0
  }
}
