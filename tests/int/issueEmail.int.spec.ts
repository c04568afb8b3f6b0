import type { Payload } from 'payload'

import { PASSWORD } from '../helpers/accessFixtures'
import type { RestServer } from '../helpers/restServer'
import { loginHeader, startRestServer } from '../helpers/restServer'
import type { TestPayload } from '../helpers/testPayload'
import { getTestPayload } from '../helpers/testPayload'
import { SEED_TODAY, seedDemoContent } from '../helpers/seededDemo'
import type { LocalResendServer } from '@/server/mail/localResend/localResendServer'
import { startLocalResendServer } from '@/server/mail/localResend/localResendServer'
import { outboxSettled } from '@/server/mail/outbox'
import { draftNextIssue } from '@/server/newsletter/draftNextIssue'
import { archivedIssueView, listArchive } from '@/server/newsletter/archive'

const today = SEED_TODAY

describe('issue email in the admin', () => {
  let context: TestPayload
  let payload: Payload
  let rest: RestServer
  let mail: LocalResendServer
  let editor: string
  let issueId: number | string

  beforeAll(async () => {
    mail = await startLocalResendServer()
    process.env.MAIL_LOCAL_PORT = new URL(mail.url).port
    context = await getTestPayload()
    payload = context.payload
    await seedDemoContent(payload)
    // The first account of a database becomes admin: create it first, so the editor stays an editor.
    await payload.create({
      collection: 'users',
      data: { email: 'admin@test.local', password: PASSWORD, role: 'admin' },
    })
    await payload.create({
      collection: 'users',
      data: { email: 'editor@test.local', password: PASSWORD, role: 'editor' },
    })
    issueId = (
      await payload.find({ collection: 'issues', where: { month: { equals: '2020-02' } } })
    ).docs[0]?.id as number
    rest = await startRestServer(payload.config)
    editor = await loginHeader({
      baseUrl: rest.baseUrl,
      email: 'editor@test.local',
      password: PASSWORD,
    })
  })
  beforeEach(() => mail.outbox.clear())
  afterAll(async () => {
    await rest?.close()
    await mail?.close()
    await context?.cleanup()
  })

  it('should serve the email preview to an editor', async () => {
    const response = await fetch(`${rest.baseUrl}/api/issues/${issueId}/preview`, {
      headers: { authorization: editor },
    })
    const html = await response.text()
    expect([
      response.status,
      response.headers.get('content-type'),
      html.includes('20/03, 9h30 : Bureau (Bruxelles)'),
    ]).toEqual([200, 'text/html; charset=utf-8', true])
  })

  it('should refuse the preview to anonymous visitors', async () => {
    const response = await fetch(`${rest.baseUrl}/api/issues/${issueId}/preview`)
    expect(response.status).toBe(403)
  })

  it('should report no warning for the reference issue', async () => {
    const response = await fetch(`${rest.baseUrl}/api/issues/${issueId}/warnings`, {
      headers: { authorization: editor },
    })
    const body = (await response.json()) as { warnings: unknown[]; htmlBytes: number }
    expect(body.warnings).toEqual([])
    expect(body.htmlBytes).toBeLessThan(102 * 1024)
  })

  it('should send a test to the typed addresses through the local Resend server', async () => {
    const response = await fetch(`${rest.baseUrl}/api/issues/${issueId}/send-test`, {
      method: 'POST',
      headers: { authorization: editor, 'content-type': 'application/json' },
      body: JSON.stringify({ to: 'anne@unipso.be, Bob@Unipso.be' }),
    })
    const sent = mail.outbox.all()
    expect(response.status).toBe(200)
    expect(sent.map((email) => [email.to, email.subject])).toEqual([
      [['anne@unipso.be'], '[TEST] #ActUNIPSO – Février 2020'],
      [['bob@unipso.be'], '[TEST] #ActUNIPSO – Février 2020'],
    ])
    expect([sent[0]?.html?.includes('lang="fr"'), sent[0]?.text?.includes('INSTANCES')]).toEqual([
      true,
      true,
    ])
  })

  it('should refuse a test to an invalid address with a French message, sending nothing', async () => {
    const response = await fetch(`${rest.baseUrl}/api/issues/${issueId}/send-test`, {
      method: 'POST',
      headers: { authorization: editor, 'content-type': 'application/json' },
      body: JSON.stringify({ to: 'anne@unipso.be, pas-une-adresse' }),
    })
    const body = (await response.json()) as { error: string }
    expect([response.status, body.error, mail.outbox.all().length]).toEqual([
      400,
      'Adresse invalide : pas-une-adresse',
      0,
    ])
  })

  it('should list French errors for an issue without preheader or articles, and a broken link', async () => {
    const rubric = (await payload.find({ collection: 'rubrics', limit: 1 })).docs[0]
    const staff = (await payload.find({ collection: 'staff', limit: 1 })).docs[0]
    const article = await payload.create({
      collection: 'articles',
      data: {
        rubric: rubric?.id as number,
        title: 'Lien cassé',
        signedBy: [staff?.id as number],
        status: 'published',
        body: {
          root: {
            type: 'root',
            format: '',
            indent: 0,
            version: 1,
            direction: 'ltr',
            children: [
              {
                type: 'paragraph',
                format: '',
                indent: 0,
                version: 1,
                direction: 'ltr',
                textFormat: 0,
                textStyle: '',
                children: [
                  {
                    type: 'link',
                    version: 3,
                    format: '',
                    indent: 0,
                    direction: 'ltr',
                    fields: { linkType: 'custom', url: 'www.sans-protocole.be', newTab: false },
                    children: [
                      {
                        type: 'text',
                        text: 'site',
                        format: 0,
                        detail: 0,
                        mode: 'normal',
                        style: '',
                        version: 1,
                      },
                    ],
                  },
                ],
              },
            ],
          },
        } as never,
      },
    })
    const issue = await payload.create({
      collection: 'issues',
      data: {
        number: 900,
        month: '2031-01',
        subject: 'Essai',
        status: 'draft',
        articles: [article.id],
      },
    })
    const response = await fetch(`${rest.baseUrl}/api/issues/${issue.id}/warnings`, {
      headers: { authorization: editor },
    })
    const body = (await response.json()) as { warnings: Array<{ level: string; message: string }> }
    expect(body.warnings).toEqual([
      {
        level: 'error',
        message:
          'Le texte d’aperçu est vide : la messagerie afficherait le début du courriel à la place.',
      },
      {
        level: 'error',
        message:
          'Lien invalide dans l’article « Lien cassé » : www.sans-protocole.be (adresse complète https://… attendue).',
      },
    ])
  })

  it('should draft next month’s issue with the events of its window, once', async () => {
    const first = await draftNextIssue({ payload, now: new Date('2026-12-05T10:00:00.000Z') })
    const second = await draftNextIssue({ payload, now: new Date('2026-12-20T10:00:00.000Z') })
    const created = await payload.findByID({ collection: 'issues', id: first.id, depth: 0 })
    expect([first.isCreated, second.isCreated, second.id === first.id]).toEqual([true, false, true])
    expect([
      created.month,
      created.status,
      created.subject,
      (created.articles ?? []).length,
    ]).toEqual(['2027-01', 'draft', '#ActUNIPSO – Janvier 2027', 0])
    expect([first.agendaItems, first.conferences]).toEqual([1, 1])
  })

  it('should not duplicate the draft the demo already has for next month, named by its month', async () => {
    const result = await draftNextIssue({ payload, now: today })
    const existing = await payload.findByID({ collection: 'issues', id: result.id, depth: 0 })
    expect([result.isCreated, result.month, existing.subject]).toEqual([
      false,
      '2026-12',
      '#ActUNIPSO – Décembre 2026',
    ])
  })

  it('should list only sent issues in the public archive', async () => {
    const entries = await listArchive(payload)
    expect(entries.map((entry) => [entry.month, entry.monthLabel])).toEqual([
      ['2020-02', 'Février 2020'],
    ])
  })

  it('should give the archive page of a sent issue and nothing for a draft or a malformed month', async () => {
    const sent = await archivedIssueView(payload, '2020-02')
    const draft = await archivedIssueView(payload, '2026-12')
    const malformed = await archivedIssueView(payload, '../etc')
    expect([sent?.instances[0], draft, malformed]).toEqual([
      '31/01 : Bureau à 10h & CA à 12h (UNIPSO Namur)',
      null,
      null,
    ])
  })

  it('should mail a member their personal feed link when communication staff ask, and refuse editors', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'com@test.local', password: PASSWORD, role: 'communication' },
    })
    const communication = await loginHeader({
      baseUrl: rest.baseUrl,
      email: 'com@test.local',
      password: PASSWORD,
    })
    const member = await payload.create({
      collection: 'members',
      data: { name: 'Anne Membre', email: 'anne@federation.be' },
    })
    const byEditor = await fetch(`${rest.baseUrl}/api/members/${member.id}/send-link`, {
      method: 'POST',
      headers: { authorization: editor },
    })
    const byCommunication = await fetch(`${rest.baseUrl}/api/members/${member.id}/send-link`, {
      method: 'POST',
      headers: { authorization: communication },
    })
    // The endpoint queues the mail; the background drain it kicked sends it.
    await outboxSettled()
    const sent = mail.outbox.all()
    expect([byEditor.status, byCommunication.status, sent.map((email) => email.to[0])]).toEqual([
      403,
      202,
      ['anne@federation.be'],
    ])
    expect(sent[0]?.text).toContain(`/calendars/members/${member.feedToken}.ics`)
  })
})
