import { Forbidden, NotFound, ValidationError } from 'payload'

import { AppError, MailerError, NotFoundError } from '@/domain/errors'
import { errorResponse } from '@/server/http/errorResponse'

const silentLogger = () => {
  const logged: unknown[] = []
  return { logged, logger: { error: (entry: unknown) => void logged.push(entry) } as never }
}

const answer = async (error: unknown) => {
  const { logged, logger } = silentLogger()
  const response = errorResponse({ error, logger })
  return { status: response.status, body: await response.json(), logged: logged.length }
}

describe('errorResponse', () => {
  it('should answer an AppError with its status, code and French message', async () => {
    expect(
      await answer(new AppError({ code: 'member_revoked', status: 409, userMessage: 'Révoqué.' })),
    ).toEqual({ status: 409, body: { error: 'Révoqué.', code: 'member_revoked' }, logged: 0 })
  })

  it('should answer a NotFoundError 404', async () => {
    expect((await answer(new NotFoundError('Abonné introuvable.'))).status).toBe(404)
  })

  it('should answer a MailerError 502 with its French message, and log it', async () => {
    const error = new MailerError({ code: 'rate_limit', message: 'Too many', statusCode: 429 })
    expect(await answer(error)).toEqual({
      status: 502,
      body: { error: 'L’envoi du courriel a échoué (Too many).', code: 'rate_limit' },
      logged: 1,
    })
  })

  it('should answer Payload’s Forbidden 403 in French', async () => {
    expect(await answer(new Forbidden())).toEqual({
      status: 403,
      body: { error: 'Vous n’avez pas accès à cette action.', code: 'forbidden' },
      logged: 0,
    })
  })

  it('should answer Payload’s NotFound 404', async () => {
    expect((await answer(new NotFound())).status).toBe(404)
  })

  it('should answer Payload’s ValidationError 400 with the field messages', async () => {
    const error = new ValidationError({
      collection: 'subscribers',
      errors: [{ path: 'email', message: 'Adresse invalide.' }],
    })
    expect(await answer(error)).toEqual({
      status: 400,
      body: {
        error: 'Certaines valeurs sont invalides. Adresse invalide.',
        code: 'validation_error',
      },
      logged: 0,
    })
  })

  it('should answer any other error 500 with a generic message, never its own, and log it', async () => {
    expect(await answer(new Error('SQLITE_BUSY: database is locked at /srv/data'))).toEqual({
      status: 500,
      body: {
        error: 'Une erreur inattendue est survenue : réessayez, puis prévenez l’équipe technique.',
        code: 'unexpected_error',
      },
      logged: 1,
    })
  })
})

describe('errorResponse, with Payload’s classes of another bundled copy', () => {
  // The production build holds Payload twice: an error may carry Payload's shape without being an
  // instance of the classes imported here.
  const shaped = (status: number, data: unknown = null) =>
    Object.assign(new Error('Le champ suivant n’est pas valide : endsAt'), { status, data })

  it('should answer a validation error by its field reasons', async () => {
    const error = shaped(400, {
      errors: [{ path: 'endsAt', message: 'La fin doit être postérieure au début.' }],
    })
    expect(await answer(error)).toEqual({
      status: 400,
      body: {
        error: 'Certaines valeurs sont invalides. La fin doit être postérieure au début.',
        code: 'validation_error',
      },
      logged: 0,
    })
  })

  it('should answer a forbidden and a not-found error by their status', async () => {
    expect([(await answer(shaped(403))).status, (await answer(shaped(404))).status]).toEqual([
      403, 404,
    ])
  })
})
