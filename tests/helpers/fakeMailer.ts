import type { MailerError } from '@/domain/errors'
import type { Mailer, OutgoingEmail } from '@/server/mail/mailer'

export type MailerCall = { kind: 'batch' | 'single'; key: string; to: string[] }

/**
 * A mailer that records every `sendBatch` and `send` with its idempotency key and answers one
 * provider id per mail (`id-<address>`).
 * - `fail(call, nth)`: a MailerError to throw instead (`nth` counts the calls under that key, from 1).
 * - `dropIds(call)`: answer one id fewer than the mails sent.
 * - `onCall(call)`: runs before the answer (to abort a signal, say).
 */
export function fakeMailer({
  fail = () => null,
  dropIds = () => false,
  onCall = () => {},
}: {
  fail?: (call: MailerCall, nth: number) => MailerError | null
  dropIds?: (call: MailerCall) => boolean
  onCall?: (call: MailerCall) => void
} = {}): Pick<Mailer, 'send' | 'sendBatch'> & { calls: MailerCall[] } {
  const calls: MailerCall[] = []
  const answer = (kind: MailerCall['kind'], emails: OutgoingEmail[], key = '') => {
    const call = { kind, key, to: emails.flatMap((email) => email.to) }
    calls.push(call)
    onCall(call)
    const error = fail(call, calls.filter((earlier) => earlier.key === key).length)
    if (error) throw error
    const ids = call.to.map((address) => `id-${address}`)
    return dropIds(call) ? ids.slice(1) : ids
  }
  return {
    calls,
    sendBatch: async (emails, options = {}) => ({
      ids: answer('batch', emails, options.idempotencyKey),
    }),
    send: async (email, options = {}) => ({
      id: answer('single', [email], options.idempotencyKey)[0] as string,
    }),
  }
}
