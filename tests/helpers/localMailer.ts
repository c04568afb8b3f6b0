import type { Mailer } from '@/server/mail/mailer'
import { createMailer } from '@/server/mail/mailer'

/** The app's mailer pointed at a local Resend-compatible server (no key, no reply-to). */
export function localMailer(
  mailLocalUrl: string,
  from = '#ActUNIPSO <actunipso@unipso.local>',
): Mailer {
  return createMailer({
    MAIL_FROM: from,
    mailLocalUrl,
    RESEND_API_KEY: undefined,
    RESEND_BASE_URL: undefined,
    MAIL_REPLY_TO: undefined,
  })
}
