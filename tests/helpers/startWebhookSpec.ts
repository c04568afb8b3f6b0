import type { Payload } from 'payload'

import type { RestServer } from './restServer'
import { startRestServer } from './restServer'
import type { TestPayload } from './testPayload'
import { getTestPayload } from './testPayload'

export type WebhookSpec = {
  context: TestPayload
  payload: Payload
  rest: RestServer
  /** A send in progress (of a draft issue of `month`) for the spec's deliveries to belong to. */
  sendId: number
  /** Closes the server, removes the database and forgets the secret. */
  stop: () => Promise<void>
}

/**
 * What a webhook spec starts from: RESEND_WEBHOOK_SECRET set to `secret`, a fresh database with
 * one send in progress, and the REST server the signed events are posted to.
 */
export async function startWebhookSpec({
  secret,
  month,
}: {
  secret: string
  month: string
}): Promise<WebhookSpec> {
  process.env.RESEND_WEBHOOK_SECRET = secret
  const context = await getTestPayload()
  const { payload } = context
  const issue = await payload.create({
    collection: 'issues',
    data: { number: 1, month, subject: 'S', status: 'draft' },
  })
  const send = await payload.create({
    collection: 'sends',
    data: { issue: issue.id, status: 'sending' },
  })
  const rest = await startRestServer(payload.config)
  return {
    context,
    payload,
    rest,
    sendId: send.id,
    stop: async () => {
      delete process.env.RESEND_WEBHOOK_SECRET
      await rest.close()
      await context.cleanup()
    },
  }
}
