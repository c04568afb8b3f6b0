import type { Payload, PayloadHandler } from 'payload'

import { AppError } from '@/domain/errors'
import { errorStatus, fieldReasons } from './payloadErrorShape'

type Logger = Pick<Payload['logger'], 'error'>

const UNEXPECTED =
  'Une erreur inattendue est survenue : réessayez, puis prévenez l’équipe technique.'

const json = ({ status, code, message }: { status: number; code: string; message: string }) =>
  // `error` stays the message itself: the admin components and the tests read it as a string.
  Response.json({ error: message, code }, { status, headers: { 'cache-control': 'no-store' } })

/**
 * The one place an error becomes an HTTP answer. Our AppErrors give their status and French
 * message; Payload's access, validation and not-found errors their usual status; anything else is
 * logged and answered 500 with a generic message, since its own text may reveal internals.
 */
export function errorResponse({ error, logger }: { error: unknown; logger: Logger }): Response {
  if (error instanceof AppError) {
    if (error.status >= 500) logger.error({ err: error, msg: error.userMessage })
    return json({ status: error.status, code: error.code, message: error.userMessage })
  }
  // Payload's errors by shape: their classes are not reliable in the production build.
  const reasons = fieldReasons(error)
  if (reasons) {
    const fields = reasons.map((field) => field.message).join(' ')
    return json({
      status: 400,
      code: 'validation_error',
      message: `Certaines valeurs sont invalides.${fields ? ` ${fields}` : ''}`,
    })
  }
  if (errorStatus(error) === 403)
    return json({
      status: 403,
      code: 'forbidden',
      message: 'Vous n’avez pas accès à cette action.',
    })
  if (errorStatus(error) === 404)
    return json({ status: 404, code: 'not_found', message: 'Document introuvable.' })
  logger.error({ err: error, msg: 'Erreur inattendue' })
  return json({ status: 500, code: 'unexpected_error', message: UNEXPECTED })
}

/** An endpoint handler whose thrown errors are answered by errorResponse. */
export function answeringErrors(handler: PayloadHandler): PayloadHandler {
  return async (req) => {
    try {
      return await handler(req)
    } catch (error) {
      return errorResponse({ error, logger: req.payload.logger })
    }
  }
}
