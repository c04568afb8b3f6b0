import type { Payload } from 'payload'

import type { LocalResendServer } from '@/server/mail/localResend/localResendServer'
import { startLocalResendServer } from '@/server/mail/localResend/localResendServer'
import type { Mailer } from '@/server/mail/mailer'
import { localMailer } from './localMailer'
import { createSendableArticle, sendableIssues } from './sendableIssue'
import type { TestPayload } from './testPayload'
import { getTestPayload } from './testPayload'

export type SendingSpec = {
  context: TestPayload
  payload: Payload
  mail: LocalResendServer
  mailer: Mailer
  articleId: number
  issues: ReturnType<typeof sendableIssues>
}

/**
 * What a sending spec starts from: the local Resend-compatible server, a fresh database with one
 * sendable article, a mailer pointed at the server, and an issue factory in the spec's own `year`.
 * The spec closes `mail` and calls `context.cleanup()` in its afterAll.
 */
export async function startSendingSpec({
  year,
  subjectPrefix,
  requestsPerSecond = 100,
  articleTitle,
}: {
  year: number
  subjectPrefix: string
  requestsPerSecond?: number
  articleTitle?: string
}): Promise<SendingSpec> {
  const mail = await startLocalResendServer({ requestsPerSecond })
  const context = await getTestPayload()
  const { payload } = context
  const mailer = localMailer(mail.url, 'a@unipso.local')
  const articleId = await createSendableArticle(
    payload,
    articleTitle ? { title: articleTitle } : undefined,
  )
  const issues = sendableIssues({ payload, articleIds: () => [articleId], year, subjectPrefix })
  return { context, payload, mail, mailer, articleId, issues }
}
