import type { Endpoint } from 'payload'

import { exportSubscribersCsv, importSubscribers } from '@/server/subscribers/importSubscribers'
import { hasCommunicationRole } from '../access/roleOf'

export const subscriberEndpoints: Endpoint[] = [
  {
    // POST /api/subscribers/import with the CSV as the body (text/csv); ?file= names it in the consent record.
    path: '/import',
    method: 'post',
    handler: async (req) => {
      if (!hasCommunicationRole(req.user)) return Response.json({ error: 'Réservé à l’équipe communication.' }, { status: 403 })
      const csvText = req.text ? await req.text() : ''
      const fileName = (req.searchParams.get('file') ?? 'import.csv').slice(0, 120)
      try {
        return Response.json(await importSubscribers({ payload: req.payload, csvText, fileName }))
      } catch (error) {
        return Response.json({ error: (error as Error).message }, { status: 400 })
      }
    },
  },
  {
    path: '/export.csv',
    method: 'get',
    handler: async (req) => {
      if (!hasCommunicationRole(req.user)) return Response.json({ error: 'Réservé à l’équipe communication.' }, { status: 403 })
      return new Response(await exportSubscribersCsv(req.payload), {
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="abonnes-actunipso.csv"', 'cache-control': 'no-store' },
      })
    },
  },
]
