import cron from 'node-cron'
import type { Payload } from 'payload'

import { BRUSSELS } from '@/domain/dates/brussels'
import type { Mailer } from '../mail/mailer'
import { sendDueIssues } from '../sending/runSend'

/**
 * Every minute (Brussels time), without overlapping runs: start due issues and resume interrupted
 * sends. Exactly-once does not depend on this being the only scheduler: sends are claimed.
 */
export function startScheduler({ payload, mailer }: { payload: Payload; mailer: Mailer }) {
  return cron.schedule(
    '* * * * *',
    async () => {
      try {
        const results = await sendDueIssues({ payload, mailer, now: new Date() })
        for (const { sendId, result } of results) payload.logger.info({ msg: 'Envoi planifié', sendId, result })
      } catch (error) {
        payload.logger.error({ err: error, msg: 'Tâche d’envoi en échec' })
      }
    },
    { name: 'actunipso-send', timezone: BRUSSELS, noOverlap: true },
  )
}
