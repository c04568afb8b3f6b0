import type { Payload } from 'payload'

import { readEnv } from '../../src/config/env'
import { startScheduler } from '../../src/server/cron/scheduler'
import { getMailer } from '../../src/server/mail/getMailer'
import {
  parseFaults,
  startLocalResendServer,
} from '../../src/server/mail/localResend/localResendServer'
import { webhookSecret } from '../../src/server/webhooks/webhookSecret'
import { onShutdown } from './shutdown'

/**
 * The local Resend-compatible server of `npm start` (mail stays local without RESEND_API_KEY),
 * closed at shutdown after the sender has stopped. Null when its port is taken.
 */
export async function startLocalMail(): Promise<{ url: string } | null> {
  const env = readEnv()
  try {
    // It posts signed delivery events back to the app, as Resend would.
    const mail = await startLocalResendServer({
      port: env.MAIL_LOCAL_PORT,
      // Same fault injection as `npm run mail:local` (none unless LOCAL_RESEND_FAULTS is set).
      faults: parseFaults(env.LOCAL_RESEND_FAULTS),
      webhook: {
        url: `http://127.0.0.1:${env.PORT}/api/webhooks/resend`,
        secret: webhookSecret() as string,
      },
    })
    onShutdown(() => mail.close())
    return { url: mail.url }
  } catch (error) {
    console.warn(
      `⚠ Serveur de courriel local indisponible sur le port ${env.MAIL_LOCAL_PORT} : ${(error as Error).message}`,
    )
    return null
  }
}

/**
 * The scheduler beside the server. At shutdown: no new tick, the send in flight stops after its
 * batch (its lock released), then Payload is destroyed (the database closed).
 */
export function startBackgroundScheduler({
  payload,
  expression,
}: {
  payload: Payload
  /** Tests tick every second. */
  expression?: string
}): void {
  const scheduler = startScheduler({ payload, mailer: getMailer(), expression })
  onShutdown(async () => {
    await scheduler.shutdown()
    await payload.destroy()
  })
}
