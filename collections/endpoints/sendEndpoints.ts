import type { Endpoint } from 'payload'

import { sendProgress } from '@/server/sending/sendProgress'
import { hasCommunicationRole } from '../access/roleOf'

export const sendEndpoints: Endpoint[] = [
  {
    // GET /api/sends/:id/progress: live counts per delivery status, pace and estimated end.
    path: '/:id/progress',
    method: 'get',
    handler: async (req) => {
      if (!hasCommunicationRole(req.user))
        return Response.json({ error: 'Réservé à l’équipe communication.' }, { status: 403 })
      const progress = await sendProgress(req.payload, String(req.routeParams?.id))
      if (!progress) return Response.json({ error: 'Envoi introuvable.' }, { status: 404 })
      return Response.json(progress, { headers: { 'cache-control': 'no-store' } })
    },
  },
]
