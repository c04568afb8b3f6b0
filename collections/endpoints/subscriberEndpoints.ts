import type { Endpoint } from 'payload'

import { InvalidRequestError, NotFoundError } from '@/domain/errors'
import { answeringErrors } from '@/server/http/errorResponse'
import { eraseSubscriber, exportSubscriberData } from '@/server/subscribers/gdpr'
import { exportSubscribersCsv, importSubscribers } from '@/server/subscribers/importSubscribers'
import { requireRole } from './requireRole'

const downloadHeaders = ({ type, fileName }: { type: string; fileName: string }) => ({
  'content-type': `${type}; charset=utf-8`,
  'content-disposition': `attachment; filename="${fileName}"`,
  'cache-control': 'no-store',
})

/**
 * importSubscribers refuses an unreadable or invalid file with a plain Error carrying its French
 * reason (nothing is written then); database and driver errors are subclasses and stay unexpected.
 * Once it throws an AppError itself, this bridge can go.
 */
const asImportRefusal = (error: unknown): unknown =>
  error instanceof Error && error.constructor === Error
    ? new InvalidRequestError({ code: 'import_refused', userMessage: error.message })
    : error

export const subscriberEndpoints: Endpoint[] = [
  {
    // POST /api/subscribers/import?source=…&file=… with the CSV as the body (text/csv). `source`
    // (required) states where the people's consent comes from; `file` names the file in messages.
    path: '/import',
    method: 'post',
    handler: answeringErrors(async (req) => {
      requireRole({ req, role: 'communication' })
      const csvText = req.text ? await req.text() : ''
      const fileName = (req.searchParams.get('file') ?? 'import.csv').slice(0, 120)
      const consentSource = req.searchParams.get('source')
      const report = await importSubscribers({
        payload: req.payload,
        csvText,
        fileName,
        consentSource,
      }).catch((error: unknown) => {
        throw asImportRefusal(error)
      })
      req.payload.logger.info({
        msg: 'Abonnés importés',
        fileName,
        consentSource,
        created: report.created,
        by: req.user?.id,
      })
      return Response.json(report)
    }),
  },
  {
    path: '/export.csv',
    method: 'get',
    handler: answeringErrors(async (req) => {
      requireRole({ req, role: 'communication' })
      return new Response(await exportSubscribersCsv(req.payload), {
        headers: downloadHeaders({ type: 'text/csv', fileName: 'abonnes-actunipso.csv' }),
      })
    }),
  },
  {
    // GDPR art. 15/20: everything we hold about one person, as a JSON download.
    path: '/:id/export',
    method: 'get',
    handler: answeringErrors(async (req) => {
      requireRole({ req, role: 'communication' })
      const data = await exportSubscriberData(req.payload, String(req.routeParams?.id))
      if (!data) throw new NotFoundError('Abonné introuvable.')
      return new Response(JSON.stringify(data, null, 2), {
        headers: downloadHeaders({ type: 'application/json', fileName: 'donnees-abonne.json' }),
      })
    }),
  },
  {
    // GDPR art. 17: erase the person, keep only a suppression hash. The body must confirm the address.
    path: '/:id/erase',
    method: 'post',
    handler: answeringErrors(async (req) => {
      requireRole({ req, role: 'communication' })
      const body = (req.json ? await req.json().catch(() => ({})) : {}) as {
        confirmEmail?: unknown
        reason?: unknown
      }
      const id = String(req.routeParams?.id)
      const erased = await eraseSubscriber({
        payload: req.payload,
        id,
        confirmEmail: body.confirmEmail,
        reason: typeof body.reason === 'string' ? body.reason : undefined,
      })
      if (!erased) throw new NotFoundError('Abonné introuvable.')
      req.payload.logger.info({ msg: 'Abonné effacé (RGPD)', subscriberId: id, by: req.user?.id })
      return Response.json({ erased: true })
    }),
  },
]
