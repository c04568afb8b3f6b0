import type { Endpoint } from 'payload'

import { InvalidRequestError } from '@/domain/errors'
import { parseWithdrawalReason } from '@/domain/newsletter/withdrawalReason'
import { answeringErrors } from '@/server/http/errorResponse'
import { restoreEdition, withdrawEdition } from '@/server/newsletter/editionWithdrawal'
import { requireRole } from './requireRole'
import { staffActor } from './staffActor'

/** Withdrawing from the public archive is a deliberate act of communication staff, never a side effect. */
export const editionEndpoints: Endpoint[] = [
  {
    // POST /api/editions/:id/withdraw with { reason }: a legal request, recorded and logged.
    path: '/:id/withdraw',
    method: 'post',
    handler: answeringErrors(async (req) => {
      requireRole({ req, role: 'communication' })
      const body = req.json ? ((await req.json().catch(() => ({}))) as { reason?: unknown }) : {}
      const parsed = parseWithdrawalReason(body.reason)
      if ('error' in parsed)
        throw new InvalidRequestError({ code: 'reason_required', userMessage: parsed.error })
      const result = await withdrawEdition({
        payload: req.payload,
        editionId: String(req.routeParams?.id),
        reason: parsed.reason,
        user: staffActor(req),
      })
      return Response.json(result)
    }),
  },
  {
    // POST /api/editions/:id/restore: back in the public archive, logged like the withdrawal.
    path: '/:id/restore',
    method: 'post',
    handler: answeringErrors(async (req) => {
      requireRole({ req, role: 'communication' })
      const result = await restoreEdition({
        payload: req.payload,
        editionId: String(req.routeParams?.id),
        user: staffActor(req),
      })
      return Response.json(result)
    }),
  },
]
