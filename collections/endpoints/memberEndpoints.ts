import type { Endpoint } from 'payload'

import { readEnv } from '@/config/env'
import { memberLinkEmail } from '@/domain/calendar/memberLinkEmail'
import { AppError, NotFoundError } from '@/domain/errors'
import { answeringErrors } from '@/server/http/errorResponse'
import { getMailer } from '@/server/mail/getMailer'
import { requireRole } from './requireRole'

export const memberEndpoints: Endpoint[] = [
  {
    // "Envoyer son lien": mails the member their personal feed URL.
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
      const { id } = await getMailer().send({
        to: [member.email],
        ...email,
        tags: [{ name: 'kind', value: 'member-feed' }],
      })
      return Response.json({ id, to: member.email })
    }),
  },
]
