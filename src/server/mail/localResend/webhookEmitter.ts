import crypto from 'node:crypto'

import { signWebhook } from '@/domain/webhooks/svixSignature'
import type { StoredEmail } from './outbox'

export type WebhookTarget = { url: string; secret: string }
export type EmittedEvent = {
  id: string
  type: string
  emailId: string
  to: string
  status: number | 'error'
  attempts: number
}

/**
 * What happens to a local mail, by its address (as Resend's test addresses do: bounced@resend.dev,
 * complained@resend.dev): "bounced"/"complained" in the local part bounce or complain, every other
 * address is delivered.
 */
export function outcomeFor(
  address: string,
): 'email.delivered' | 'email.bounced' | 'email.complained' {
  const local = address.split('@')[0]?.toLowerCase() ?? ''
  if (/(^|[+._-])bounced?($|[+._-])/.test(local)) return 'email.bounced'
  if (/(^|[+._-])complain(ed)?($|[+._-])/.test(local)) return 'email.complained'
  return 'email.delivered'
}

const RETRY_DELAYS_MS = [1_000, 5_000, 30_000]

/**
 * Posts Resend-shaped, svix-signed events (email.sent, then delivered, bounced or complained) for
 * each accepted mail, one at a time, retrying refused deliveries like svix does (a few times, with
 * growing delays). Events are posted after the API answer, as with Resend.
 */
export class WebhookEmitter {
  private readonly queue: Array<{
    id: string
    type: string
    email: StoredEmail
    to: string
    attempts: number
  }> = []
  private isRunning = false
  private readonly timers = new Set<NodeJS.Timeout>()
  readonly emitted: EmittedEvent[] = []

  constructor(private readonly target: WebhookTarget) {}

  enqueue(email: StoredEmail): void {
    for (const to of email.to) {
      // A retried event keeps its svix-id, so the receiver can ignore the copies it already applied.
      this.queue.push({
        id: `msg_${crypto.randomUUID()}`,
        type: 'email.sent',
        email,
        to,
        attempts: 0,
      })
      this.queue.push({
        id: `msg_${crypto.randomUUID()}`,
        type: outcomeFor(to),
        email,
        to,
        attempts: 0,
      })
    }
    void this.drain()
  }

  /** Resolves when every queued event has been posted or given up. */
  async idle(): Promise<void> {
    while (this.isRunning || this.queue.length > 0 || this.timers.size > 0)
      await new Promise((resolve) => setTimeout(resolve, 20))
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    this.queue.length = 0
  }

  private async drain(): Promise<void> {
    if (this.isRunning) return
    this.isRunning = true
    try {
      for (let item = this.queue.shift(); item; item = this.queue.shift()) {
        const status = await this.post(item)
        const isAccepted = typeof status === 'number' && status >= 200 && status < 300
        item.attempts += 1
        const delay = RETRY_DELAYS_MS[item.attempts - 1]
        if (!isAccepted && delay !== undefined) {
          const retry = item
          const timer = setTimeout(() => {
            this.timers.delete(timer)
            this.queue.push(retry)
            void this.drain()
          }, delay)
          timer.unref()
          this.timers.add(timer)
        }
        this.emitted.push({
          id: item.id,
          type: item.type,
          emailId: item.email.id,
          to: item.to,
          status,
          attempts: item.attempts,
        })
      }
    } finally {
      this.isRunning = false
    }
  }

  private async post({
    id,
    type,
    email,
    to,
  }: {
    id: string
    type: string
    email: StoredEmail
    to: string
  }): Promise<number | 'error'> {
    const body = JSON.stringify({
      type,
      created_at: new Date().toISOString(),
      data: {
        email_id: email.id,
        from: email.from,
        to: [to],
        subject: email.subject,
        created_at: email.created_at,
        tags: Object.fromEntries((email.tags ?? []).map((tag) => [tag.name, tag.value])),
      },
    })
    const timestamp = Math.floor(Date.now() / 1000)
    try {
      const response = await fetch(this.target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'svix-id': id,
          'svix-timestamp': String(timestamp),
          'svix-signature': signWebhook({ secret: this.target.secret, id, timestamp, body }),
        },
        body,
        signal: AbortSignal.timeout(15_000),
      })
      await response.arrayBuffer()
      return response.status
    } catch {
      return 'error'
    }
  }
}
