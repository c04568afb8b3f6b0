/**
 * What `npm start` runs beside Next, without Next (a test cannot afford `next build`): the local
 * mail server and the scheduler (ticking every second), with `npm start`'s shutdown.
 */
import '../../../scripts/lib/bootstrapEnv'

import { startBackgroundScheduler, startLocalMail } from '../../../scripts/lib/backgroundServices'
import { loadPayload } from '../../../scripts/lib/loadPayload'
import { listenForShutdown, shutdown } from '../../../scripts/lib/shutdown'

async function main(): Promise<void> {
  listenForShutdown({ isExitingOnSignal: true })
  const mail = await startLocalMail()
  startBackgroundScheduler({ payload: await loadPayload(), expression: '* * * * * *' })
  console.log(`✔ Services prêts : ${mail?.url ?? 'sans serveur de courriel'}`)
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
  void shutdown({ code: 1 })
})
