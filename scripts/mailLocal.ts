/** npm run mail:local: the local Resend-compatible server alone, with its outbox page. */
import './lib/bootstrapEnv'

import { readEnv } from '../src/config/env'
import {
  parseFaults,
  startLocalResendServer,
} from '../src/server/mail/localResend/localResendServer'
import { webhookSecret } from '../src/server/webhooks/webhookSecret'

const env = readEnv()
startLocalResendServer({
  port: env.MAIL_LOCAL_PORT,
  faults: parseFaults(env.LOCAL_RESEND_FAULTS),
  // Delivery events go to the app on PORT (npm run dev), signed like Resend's.
  webhook: {
    url: `http://127.0.0.1:${env.PORT}/api/webhooks/resend`,
    secret: webhookSecret(),
  },
}).then(
  (server) =>
    console.log(`✔ Serveur de courriel local (compatible Resend) — boîte d’envoi : ${server.url}/`),
  (error: unknown) => {
    console.error(`✖ Serveur de courriel local : ${(error as Error).message}`)
    process.exit(1)
  },
)
