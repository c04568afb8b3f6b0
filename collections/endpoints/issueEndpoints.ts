import type { Endpoint, PayloadRequest } from 'payload'

import type { Issue } from '@/payload-types'

import { readEnv } from '@/config/env'
import { MailerError } from '@/domain/errors'
import { parseRecipients } from '@/domain/mail/parseRecipients'
import { getMailer } from '@/server/mail/getMailer'
import { buildIssueEmail, sampleRecipient } from '@/server/newsletter/issueEmail'
import { draftNextIssue } from '@/server/newsletter/draftNextIssue'
import { personalizeIssue } from '@/server/newsletter/renderIssue'
import { roleOf } from '../access/roleOf'
import { slugs } from '../slugs'

const json = (body: unknown, status = 200) => Response.json(body, { status })
const denied = () => json({ error: 'Connectez-vous avec un compte de l’équipe.' }, 403)

/** Staff may preview, check and test-send any issue they can read. */
async function issueForStaff(
  req: PayloadRequest,
): Promise<{ response: Response } | { issue: Issue }> {
  if (!roleOf(req.user)) return { response: denied() }
  const id = req.routeParams?.id as string | undefined
  const issue = id
    ? await req.payload.findByID({
        collection: slugs.issues,
        id,
        depth: 0,
        req,
        overrideAccess: false,
        disableErrors: true,
      })
    : null
  if (!issue) return { response: json({ error: 'Numéro introuvable.' }, 404) }
  return { issue }
}

/** One part of the issue's email, personalised for the sample recipient. */
async function samplePart(req: PayloadRequest, part: 'html' | 'text'): Promise<Response> {
  const found = await issueForStaff(req)
  if ('response' in found) return found.response
  const email = await buildIssueEmail({ payload: req.payload, issue: found.issue, req })
  const rendered = personalizeIssue({
    templates: email.templates,
    recipient: sampleRecipient(readEnv().serverUrl),
  })
  return new Response(rendered[part], {
    headers: {
      'content-type': `${part === 'html' ? 'text/html' : 'text/plain'}; charset=utf-8`,
      'cache-control': 'no-store',
      // The preview is shown in the admin: no script of the mail may run there.
      ...(part === 'html' ? { 'content-security-policy': 'sandbox' } : {}),
    },
  })
}

export const issueEndpoints: Endpoint[] = [
  {
    // The email exactly as subscribers get it, for a sample recipient; the admin shows it in a frame.
    path: '/:id/preview',
    method: 'get',
    handler: async (req) => samplePart(req, 'html'),
  },
  {
    path: '/:id/preview.txt',
    method: 'get',
    handler: async (req) => samplePart(req, 'text'),
  },
  {
    path: '/:id/warnings',
    method: 'get',
    handler: async (req) => {
      const found = await issueForStaff(req)
      if ('response' in found) return found.response
      const email = await buildIssueEmail({ payload: req.payload, issue: found.issue, req })
      return json({ warnings: email.warnings, htmlBytes: email.htmlBytes })
    },
  },
  {
    // "Envoyer un test": the rendered issue to the addresses typed by the user, subject marked [TEST].
    path: '/:id/send-test',
    method: 'post',
    handler: async (req) => {
      const found = await issueForStaff(req)
      if ('response' in found) return found.response
      const body = req.json ? ((await req.json().catch(() => ({}))) as { to?: unknown }) : {}
      const parsed = parseRecipients(body.to)
      if ('error' in parsed) return json({ error: parsed.error }, 400)
      const email = await buildIssueEmail({ payload: req.payload, issue: found.issue, req })
      const { html, text } = personalizeIssue({
        templates: email.templates,
        recipient: sampleRecipient(readEnv().serverUrl),
      })
      const mailer = getMailer()
      try {
        const { id } = await mailer.send({
          to: parsed.addresses,
          subject: `[TEST] ${email.view.subject}`,
          html,
          text,
          tags: [{ name: 'kind', value: 'test' }],
        })
        req.payload.logger.info({
          msg: 'Envoi de test',
          issue: found.issue.id,
          to: parsed.addresses.length,
          id,
        })
        return json({ id, to: parsed.addresses, outboxUrl: mailer.outboxUrl })
      } catch (error) {
        req.payload.logger.error({ err: error, msg: 'Envoi de test refusé' })
        const message =
          error instanceof MailerError ? error.userMessage : 'L’envoi du test a échoué.'
        return json({ error: message }, 502)
      }
    },
  },
  {
    // "Préparer le numéro suivant": next month's draft with the events and meetings of its window.
    path: '/draft-next',
    method: 'post',
    handler: async (req) => {
      if (!roleOf(req.user)) return denied()
      const result = await draftNextIssue({ payload: req.payload, now: new Date(), req })
      return json(result, result.isCreated ? 201 : 200)
    },
  },
]
