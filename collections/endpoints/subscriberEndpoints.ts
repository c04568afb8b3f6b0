import type { Endpoint } from 'payload'

import {
  ErasureRefusedError,
  eraseSubscriber,
  exportSubscriberData,
} from '@/server/subscribers/gdpr'
import { exportSubscribersCsv, importSubscribers } from '@/server/subscribers/importSubscribers'
import { hasCommunicationRole } from '../access/roleOf'

export const subscriberEndpoints: Endpoint[] = [
  {
    // POST /api/subscribers/import with the CSV as the body (text/csv); ?file= names it in the consent record.
    path: '/import',
    method: 'post',
    handler: async (req) => {
      if (!hasCommunicationRole(req.user))
        return Response.json({ error: 'Réservé à l’équipe communication.' }, { status: 403 })
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
      if (!hasCommunicationRole(req.user))
        return Response.json({ error: 'Réservé à l’équipe communication.' }, { status: 403 })
      return new Response(await exportSubscribersCsv(req.payload), {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'attachment; filename="abonnes-actunipso.csv"',
          'cache-control': 'no-store',
        },
      })
    },
  },
  {
    // GDPR art. 15/20: everything we hold about one person, as a JSON download.
    path: '/:id/export',
    method: 'get',
    handler: async (req) => {
      if (!hasCommunicationRole(req.user))
        return Response.json({ error: 'Réservé à l’équipe communication.' }, { status: 403 })
      const data = await exportSubscriberData(req.payload, String(req.routeParams?.id))
      if (!data) return Response.json({ error: 'Abonné introuvable.' }, { status: 404 })
      return new Response(JSON.stringify(data, null, 2), {
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-disposition': 'attachment; filename="donnees-abonne.json"',
          'cache-control': 'no-store',
        },
      })
    },
  },
  {
    // GDPR art. 17: erase the person, keep only a suppression hash. The body must confirm the address.
    path: '/:id/erase',
    method: 'post',
    handler: async (req) => {
      if (!hasCommunicationRole(req.user))
        return Response.json({ error: 'Réservé à l’équipe communication.' }, { status: 403 })
      const body = (req.json ? await req.json().catch(() => ({})) : {}) as {
        confirmEmail?: unknown
        reason?: unknown
      }
      const id = String(req.routeParams?.id)
      try {
        const erased = await eraseSubscriber({
          payload: req.payload,
          id,
          confirmEmail: body.confirmEmail,
          reason: typeof body.reason === 'string' ? body.reason : undefined,
        })
        if (!erased) return Response.json({ error: 'Abonné introuvable.' }, { status: 404 })
        req.payload.logger.info({ msg: 'Abonné effacé (RGPD)', subscriberId: id, by: req.user?.id })
        return Response.json({ erased: true })
      } catch (error) {
        if (error instanceof ErasureRefusedError)
          return Response.json({ error: error.message }, { status: error.status })
        throw error
      }
    },
  },
]
