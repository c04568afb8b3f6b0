import crypto from 'node:crypto'

import type { ApiEmail } from '@/domain/mail/resendRequest'

export type StoredEmail = ApiEmail & { id: string; created_at: string; object: 'email'; last_event: 'sent' }

/** Every mail the local Resend-compatible server accepted, in memory for the life of the server. */
export class Outbox {
  private readonly emails: StoredEmail[] = []

  add(email: ApiEmail, now = new Date()): StoredEmail {
    const stored: StoredEmail = { ...email, id: crypto.randomUUID(), created_at: now.toISOString(), object: 'email', last_event: 'sent' }
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
