import type { Endpoint } from 'payload'

import { NotFoundError } from '@/domain/errors'
import { answeringErrors } from '@/server/http/errorResponse'
import { cancelSend, resumeSend } from '@/server/dashboard/broadcastActions'
import { sendProgress } from '@/server/sending/sendProgress'
import { requireRole } from './requireRole'
import { staffActor } from './staffActor'

/** A communication-only action on a paused send, answering its French confirmation. */
const pausedSendEndpoint = ({
  path,
  action,
}: {
  path: string
  action: typeof resumeSend | typeof cancelSend
}): Endpoint => ({
  path,
  method: 'post',
  handler: answeringErrors(async (req) => {
    requireRole({ req, role: 'communication' })
    const sendId = String(req.routeParams?.id)
    return Response.json(await action({ payload: req.payload, sendId, user: staffActor(req) }))
  }),
})

export const sendEndpoints: Endpoint[] = [
  {
    // GET /api/sends/:id/progress: live counts per delivery status, pace and estimated end.
    path: '/:id/progress',
    method: 'get',
    handler: answeringErrors(async (req) => {
      requireRole({ req, role: 'communication' })
      const progress = await sendProgress(req.payload, String(req.routeParams?.id))
      if (!progress) throw new NotFoundError('Envoi introuvable.')
      return Response.json(progress, { headers: { 'cache-control': 'no-store' } })
    }),
  },
  // « Reprendre l’envoi »: a send paused by a safety stop goes on, without further safety stops.
  pausedSendEndpoint({ path: '/:id/resume', action: resumeSend }),
  // « Annuler l’envoi »: a paused send stops for good; its queued mails are never sent.
  pausedSendEndpoint({ path: '/:id/cancel', action: cancelSend }),
]
