import type { EmailAdapter, SendEmailOptions } from 'payload'

import { readEnv } from '@/config/env'
import { addressOf } from '@/domain/mail/resendRequest'
import type { Mailer } from './mailer'
import { createMailer } from './mailer'

let cached: Mailer | null = null

/** The app's one mail transport, configured from the environment. */
export function getMailer(): Mailer {
  cached ??= createMailer(readEnv())
  return cached
}

const asList = (value: SendEmailOptions['to']): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).map((entry) =>
    typeof entry === 'string' ? entry : entry.address,
  )

/** Payload's own mails (password reset) go through the same transport as everything else. */
export const mailerEmailAdapter: EmailAdapter = () => {
  const from = readEnv().MAIL_FROM
  return {
    name: 'actunipso-mailer',
    defaultFromAddress: addressOf(from) ?? 'actunipso@unipso.local',
    defaultFromName: from.replace(/<.*>/, '').trim() || '#ActUNIPSO',
    sendEmail: async (message) =>
      getMailer().send({
        to: asList(message.to),
        subject: message.subject ?? '(sans objet)',
        html: typeof message.html === 'string' ? message.html : '',
        text: typeof message.text === 'string' ? message.text : '',
      }),
  }
}
