import type { Endpoint } from 'payload'

import { readEnv } from '@/config/env'
import { memberLinkEmail } from '@/domain/calendar/memberLinkEmail'
import { MailerError } from '@/domain/errors'
import { getMailer } from '@/server/mail/getMailer'
import { hasCommunicationRole } from '../access/roleOf'

const json = (body: unknown, status = 200) => Response.json(body, { status })

export const memberEndpoints: Endpoint[] = [
  {
    // "Envoyer son lien": mails the member their personal feed URL.
    path: '/:id/send-link',
    method: 'post',
    handler: async (req) => {
      if (!hasCommunicationRole(req.user))
        return json({ error: 'Réservé à l’équipe communication.' }, 403)
      const member = await req.payload.findByID({
        collection: 'members',
        id: req.routeParams?.id as string,
        req,
        overrideAccess: false,
        disableErrors: true,
      })
      if (!member) return json({ error: 'Membre introuvable.' }, 404)
      if (member.isRevoked || !member.feedToken)
        return json({ error: 'Le lien de ce membre est révoqué : réactivez-le d’abord.' }, 409)
      const { serverUrl } = readEnv()
      const email = memberLinkEmail({
        name: member.name,
        feedUrl: `${serverUrl}/calendars/members/${member.feedToken}.ics`,
        pageUrl: `${serverUrl}/calendriers`,
      })
      try {
        const { id } = await getMailer().send({
          to: [member.email],
          ...email,
          tags: [{ name: 'kind', value: 'member-feed' }],
        })
        return json({ id, to: member.email })
      } catch (error) {
        req.payload.logger.error({ err: error, msg: 'Envoi du lien d’agenda refusé' })
        return json(
          { error: error instanceof MailerError ? error.userMessage : 'L’envoi a échoué.' },
          502,
        )
      }
    },
  },
]
