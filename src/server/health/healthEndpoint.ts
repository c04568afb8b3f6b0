import type { Endpoint } from 'payload'

import { readEnv } from '@/config/env'
import { checkHealth } from './checkHealth'

/** When this server process started: the scheduler gets a grace period after a (re)start. */
const upSince = new Date(Date.now() - process.uptime() * 1000)

/**
 * GET /api/health: database, migrations, mail transport and scheduler. 200 when every check passes
 * (a scheduler switched off is not a failure), 503 otherwise; never cached. Anonymous callers
 * (monitoring, load balancers) get statuses only; logged-in staff also get the error details.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const report = await checkHealth({
      payload: req.payload,
      env: readEnv(),
      upSince,
      isDetailed: Boolean(req.user),
    })
    return Response.json(report, {
      status: report.status === 'ok' ? 200 : 503,
      headers: { 'cache-control': 'no-store' },
    })
  },
}
