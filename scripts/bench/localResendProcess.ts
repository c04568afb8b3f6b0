/**
 * The local Resend server alone, for the sending bench: its own process (as with the real
 * provider, its work does not slow the sender down), envelopes only. Prints its URL as JSON.
 */
import { startLocalResendServer } from '../../src/server/mail/localResend/localResendServer'

startLocalResendServer({ requestsPerSecond: 2, keepBodies: false }).then(
  (server) => console.log(JSON.stringify({ url: server.url })),
  (error: unknown) => {
    console.error(String(error))
    process.exit(1)
  },
)
