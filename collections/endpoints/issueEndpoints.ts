import type { Endpoint, PayloadRequest } from 'payload'

import type { Issue } from '@/payload-types'

import { readEnv } from '@/config/env'
import { InvalidRequestError, NotFoundError } from '@/domain/errors'
import { parseRecipients, testGreetingName, toHeaderValue } from '@/domain/mail/parseRecipients'
import { confirmLateSend } from '@/server/dashboard/broadcastActions'
import { recipientEmail } from '@/domain/sending/recipientEmail'
import { getMailer } from '@/server/mail/getMailer'
import { listIdFor } from '@/server/sending/editions'
import {
  buildIssueEmail,
  buildIssueEmailShared,
  sampleRecipient,
} from '@/server/newsletter/issueEmail'
import { draftNextIssue } from '@/server/newsletter/draftNextIssue'
import type { PickerCollection } from '@/server/newsletter/issuePickerChoices'
import { issuePickerChoices, PICKER_COLLECTIONS } from '@/server/newsletter/issuePickerChoices'
import { personalizeIssue } from '@/server/newsletter/renderIssue'
import { answeringErrors } from '@/server/http/errorResponse'
import { requireRole } from './requireRole'
import { staffActor } from './staffActor'
import { slugs } from '../slugs'

const json = (body: unknown, status = 200) => Response.json(body, { status })

/** A document id from a query string: SQLite's integers or MongoDB's ObjectIds, else null. */
const documentId = (value: string): number | string | null =>
  /^\d{1,12}$/.test(value) ? Number(value) : /^[0-9a-f]{24}$/.test(value) ? value : null

/** Staff may preview, check and test-send any issue they can read. */
async function issueForStaff(req: PayloadRequest): Promise<Issue> {
  requireRole({ req, role: 'staff' })
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
  if (!issue) throw new NotFoundError('Numéro introuvable.')
  return issue
}

/** One part of the issue's email, personalised for the sample recipient. */
async function samplePart(req: PayloadRequest, part: 'html' | 'text'): Promise<Response> {
  const issue = await issueForStaff(req)
  const email = await buildIssueEmailShared({ payload: req.payload, issue, req })
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
    // The issue's pickers (articles, agenda, conferences): choices with date and status, by date.
    path: '/picker-choices',
    method: 'get',
    handler: answeringErrors(async (req) => {
      requireRole({ req, role: 'staff' })
      const query = req.searchParams
      const collection = query.get('collection') ?? ''
      if (!PICKER_COLLECTIONS.includes(collection as PickerCollection))
        throw new InvalidRequestError({
          userMessage: `Liste inconnue : « ${collection} » (articles, agenda-items ou conferences).`,
        })
      const ids = (query.get('ids') ?? '').split(',').map(documentId)
      return json(
        await issuePickerChoices({
          req,
          collection: collection as PickerCollection,
          issueId: documentId(query.get('issue') ?? ''),
          selectedIds: ids.filter((id) => id !== null).slice(0, 500),
          showAll: query.get('all') === '1',
          now: new Date(),
        }),
      )
    }),
  },
  {
    // The email exactly as subscribers get it, for a sample recipient; the admin shows it in a frame.
    path: '/:id/preview',
    method: 'get',
    handler: answeringErrors(async (req) => samplePart(req, 'html')),
  },
  {
    path: '/:id/preview.txt',
    method: 'get',
    handler: answeringErrors(async (req) => samplePart(req, 'text')),
  },
  {
    path: '/:id/warnings',
    method: 'get',
    handler: answeringErrors(async (req) => {
      const issue = await issueForStaff(req)
      const email = await buildIssueEmailShared({ payload: req.payload, issue, req })
      return json({ warnings: email.warnings, htmlBytes: email.htmlBytes })
    }),
  },
  {
    // "Envoyer un test": the rendered issue, subject marked [TEST], one mail per typed address (no
    // tester sees the others), greeting « Bonjour, » (the sender's own first name in their own copy).
    path: '/:id/send-test',
    method: 'post',
    handler: answeringErrors(async (req) => {
      const issue = await issueForStaff(req)
      const body = req.json ? ((await req.json().catch(() => ({}))) as { to?: unknown }) : {}
      const parsed = parseRecipients(body.to)
      if ('error' in parsed) throw new InvalidRequestError({ userMessage: parsed.error })
      const email = await buildIssueEmail({ payload: req.payload, issue, req })
      const serverUrl = readEnv().serverUrl
      const sample = sampleRecipient(serverUrl)
      const sender = req.user as { email?: string | null; name?: string | null } | null
      const edition = {
        subject: `[TEST] ${email.view.subject}`,
        listId: listIdFor(serverUrl),
        templates: email.templates,
      }
      // The very function the sender uses, so a test is byte for byte what subscribers get.
      const mails = parsed.recipients.map((recipient) => ({
        ...recipientEmail({
          edition,
          recipient: {
            email: recipient.address,
            firstName: testGreetingName({ recipient, sender }),
            unsubscribeUrl: sample.unsubscribeUrl,
          },
          tags: [{ name: 'kind', value: 'test' }],
        }),
        to: [toHeaderValue(recipient)],
      }))
      const mailer = getMailer()
      const { ids } = await mailer.sendBatch(mails)
      const to = parsed.recipients.map((recipient) => recipient.address)
      req.payload.logger.info({ msg: 'Envoi de test', issue: issue.id, to: to.length, ids })
      return json({ ids, to, outboxUrl: mailer.outboxUrl })
    }),
  },
  {
    // "Préparer le numéro suivant": next month's draft with the events and meetings of its window.
    path: '/draft-next',
    method: 'post',
    handler: answeringErrors(async (req) => {
      requireRole({ req, role: 'staff' })
      const result = await draftNextIssue({ payload: req.payload, now: new Date(), req })
      return json(result, result.isCreated ? 201 : 200)
    }),
  },
  {
    // « Envoyer maintenant »: a scheduled issue whose time passed while the server was down.
    path: '/:id/confirm-late-send',
    method: 'post',
    handler: answeringErrors(async (req) => {
      requireRole({ req, role: 'communication' })
      return Response.json(
        await confirmLateSend({
          payload: req.payload,
          issueId: String(req.routeParams?.id),
          user: staffActor(req),
        }),
      )
    }),
  },
]
