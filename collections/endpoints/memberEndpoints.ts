import type { Endpoint } from 'payload'

import { readEnv } from '@/config/env'
import { memberLinkEmail } from '@/domain/calendar/memberLinkEmail'
import { AppError, NotFoundError } from '@/domain/errors'
import { answeringErrors } from '@/server/http/errorResponse'
import { kickOutboxDrain, queueMail } from '@/server/mail/outbox'
import { requireRole } from './requireRole'

export const memberEndpoints: Endpoint[] = [
  {
    // "Envoyer son lien": queues the mail with the member's personal feed URL (sent within seconds
    // by a background drain, or by the scheduler): the answer never waits for the mailer.
    path: '/:id/send-link',
    method: 'post',
    handler: answeringErrors(async (req) => {
      requireRole({ req, role: 'communication' })
      const member = await req.payload.findByID({
        collection: 'members',
        id: req.routeParams?.id as string,
        req,
        overrideAccess: false,
        disableErrors: true,
      })
      if (!member) throw new NotFoundError('Membre introuvable.')
      if (member.isRevoked || !member.feedToken)
        throw new AppError({
          code: 'member_link_revoked',
          status: 409,
          userMessage: 'Le lien de ce membre est révoqué : réactivez-le d’abord.',
        })
      const { serverUrl } = readEnv()
      const email = memberLinkEmail({
        name: member.name,
        feedUrl: `${serverUrl}/calendars/members/${member.feedToken}.ics`,
        pageUrl: `${serverUrl}/calendriers`,
      })
      const queued = await queueMail({
        payload: req.payload,
        mail: {
          kind: 'member-link',
          to: member.email,
          ...email,
          tags: [{ name: 'kind', value: 'member-feed' }],
        },
      })
      kickOutboxDrain({ payload: req.payload })
      return Response.json({ id: queued.id, to: member.email }, { status: 202 })
    }),
  },
]
