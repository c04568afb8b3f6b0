import type { Payload } from 'payload'

import type { AccessUsers, Actor, ActorHeaders } from '../../helpers/accessFixtures'
import { createAccessUsers, loginAccessUsers } from '../../helpers/accessFixtures'
import { createDelivery } from '../../helpers/createDelivery'
import type { RestServer } from '../../helpers/restServer'
import { startRestServer } from '../../helpers/restServer'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import { loadDashboard } from '@/server/dashboard/loadDashboard'

const HOUR = 3_600_000

/** The dashboard's « À faire » actions: resume or cancel a paused send, confirm a late send. */
describe('dashboard send actions', () => {
  let context: TestPayload
  let payload: Payload
  let rest: RestServer
  let users: AccessUsers
  let counter = 0
  let headers: ActorHeaders

  const post = (actor: Actor, url: string) =>
    fetch(`${rest.baseUrl}${url}`, { method: 'POST', headers: headers[actor] })
  const makeIssue = async (data: Record<string, unknown>) => {
    counter += 1
    return payload.create({
      collection: 'issues',
      data: {
        number: 700 + counter,
        month: `${2050 + Math.floor(counter / 12)}-${String((counter % 12) + 1).padStart(2, '0')}`,
        subject: `Numéro ${counter}`,
        ...data,
      } as never,
    })
  }
  /** A send stopped by a safety stop after two of its three mails went out. */
  const makePausedSend = async () => {
    const issue = await makeIssue({ status: 'sending' })
    const send = await payload.create({
      collection: 'sends',
      data: {
        issue: issue.id,
        label: issue.subject,
        status: 'paused',
        total: 3,
        stopReason: 'Rejets définitifs : 3,1 % (seuil 2 %) après 500 distributions.',
      } as never,
    })
    for (const [index, status] of (['sent', 'delivered', 'queued'] as const).entries()) {
      const subscriber = await payload.create({
        collection: 'subscribers',
        data: { email: `s${counter}-${index}@federation.be`, status: 'active' } as never,
      })
      await createDelivery({ payload, send: send.id, subscriber, status })
    }
    return { issue, send }
  }
  const sendNow = (id: number | string) => payload.findByID({ collection: 'sends', id, depth: 0 })
  const issueNow = (id: number | string) => payload.findByID({ collection: 'issues', id, depth: 0 })

  beforeAll(async () => {
    context = await getTestPayload()
    payload = context.payload
    users = await createAccessUsers(payload)
    rest = await startRestServer(payload.config)
    headers = await loginAccessUsers({ baseUrl: rest.baseUrl, users })
  })
  afterAll(async () => {
    await rest?.close()
    await context?.cleanup()
  })

  describe.each(['resume', 'cancel'] as const)('POST /api/sends/:id/%s', (action) => {
    it.each(['anonymous', 'editor'] as const)(
      'should refuse %s (403) and change nothing',
      async (actor) => {
        const { send } = await makePausedSend()
        const response = await post(actor, `/api/sends/${send.id}/${action}`)
        expect([response.status, (await sendNow(send.id)).status]).toEqual([403, 'paused'])
      },
    )

    it('should answer 409 in French for a send that is not paused', async () => {
      const { send } = await makePausedSend()
      await payload.update({ collection: 'sends', id: send.id, data: { status: 'sending' } })
      const response = await post('communication', `/api/sends/${send.id}/${action}`)
      const body = (await response.json()) as { error: string }
      expect([response.status, body.error]).toEqual([
        409,
        'Cet envoi n’est pas en pause (statut : « Envoi en cours ») : rien à reprendre ni à annuler.',
      ])
    })
  })

  it.each(['communication', 'admin'] as const)(
    'should let %s resume a paused send, safety stops off and reason cleared',
    async (actor) => {
      const { send, issue } = await makePausedSend()
      const response = await post(actor, `/api/sends/${send.id}/resume`)
      const after = await sendNow(send.id)
      expect([
        response.status,
        after.status,
        after.safetyStops,
        after.stopReason ?? null,
        (await issueNow(issue.id)).status,
      ]).toEqual([200, 'sending', false, null, 'sending'])
    },
  )

  it.each(['communication', 'admin'] as const)(
    'should let %s cancel a paused send, its issue then « Envoyé » with the numbers',
    async (actor) => {
      const { send, issue } = await makePausedSend()
      const response = await post(actor, `/api/sends/${send.id}/cancel`)
      const after = await sendNow(send.id)
      const issueAfter = await issueNow(issue.id)
      expect([
        response.status,
        after.status,
        after.stopReason?.includes('Motif de la pause : Rejets définitifs'),
        issueAfter.status,
        issueAfter.workflowNote?.startsWith(`Envoi annulé par ${users[actor].email} le `),
        issueAfter.workflowNote?.endsWith('après 2 courriel(s) envoyé(s) sur 3.'),
      ]).toEqual([200, 'cancelled', true, 'sent', true, true])
    },
  )

  describe('POST /api/issues/:id/confirm-late-send', () => {
    const lateIssue = () =>
      makeIssue({
        status: 'scheduled',
        scheduledAt: new Date(Date.now() - 3 * HOUR).toISOString(),
      })

    it.each(['anonymous', 'editor'] as const)('should refuse %s (403)', async (actor) => {
      const issue = await lateIssue()
      const response = await post(actor, `/api/issues/${issue.id}/confirm-late-send`)
      expect([response.status, (await issueNow(issue.id)).scheduledAt]).toEqual([
        403,
        issue.scheduledAt,
      ])
    })

    it.each(['communication', 'admin'] as const)(
      'should let %s send a late issue now: its time becomes now, still scheduled',
      async (actor) => {
        const issue = await lateIssue()
        const before = Date.now()
        const response = await post(actor, `/api/issues/${issue.id}/confirm-late-send`)
        const after = await issueNow(issue.id)
        expect([
          response.status,
          after.status,
          Date.parse(after.scheduledAt as string) >= before - 1000,
          Date.parse(after.scheduledAt as string) <= Date.now(),
        ]).toEqual([200, 'scheduled', true, true])
      },
    )

    it('should answer 409 for an issue that is not late', async () => {
      const issue = await makeIssue({
        status: 'scheduled',
        scheduledAt: new Date(Date.now() - HOUR).toISOString(),
      })
      const response = await post('communication', `/api/issues/${issue.id}/confirm-late-send`)
      expect(response.status).toBe(409)
    })

    it('should answer 409 for a late issue whose send already exists', async () => {
      const issue = await lateIssue()
      await payload.create({
        collection: 'sends',
        data: { issue: issue.id, status: 'preparing' } as never,
      })
      const response = await post('communication', `/api/issues/${issue.id}/confirm-late-send`)
      expect(response.status).toBe(409)
    })
  })

  describe('« À faire »', () => {
    it('should show communication the paused, failed and late items, and editors none', async () => {
      const now = new Date()
      const { send: paused } = await makePausedSend()
      const failedIssue = await makeIssue({ status: 'sending' })
      const failed = await payload.create({
        collection: 'sends',
        data: {
          issue: failedIssue.id,
          label: 'Échoué',
          status: 'failed',
          stopReason: 'invalid_idempotent_request : le lot 2 a été refusé (contenu différent).',
        } as never,
      })
      const late = await makeIssue({
        status: 'scheduled',
        scheduledAt: new Date(now.getTime() - 5 * HOUR).toISOString(),
      })
      const communication = await loadDashboard({
        payload,
        user: await payload.findByID({ collection: 'users', id: users.communication.id }),
        canSeeBroadcast: true,
        now,
      })
      const editor = await loadDashboard({
        payload,
        user: await payload.findByID({ collection: 'users', id: users.editor.id }),
        canSeeBroadcast: false,
        now,
      })
      const ids = communication.alerts.map((alert) =>
        alert.kind === 'late' ? `late-${alert.issueId}` : `${alert.kind}-${alert.sendId}`,
      )
      expect([
        ids.includes(`paused-${paused.id}`),
        ids.includes(`failed-${failed.id}`),
        ids.includes(`late-${late.id}`),
        communication.alerts.find((alert) => alert.kind === 'failed' && alert.sendId === failed.id),
        editor.alerts,
      ]).toEqual([
        true,
        true,
        true,
        {
          kind: 'failed',
          sendId: failed.id,
          label: 'Échoué',
          reason: 'invalid_idempotent_request : le lot 2 a été refusé (contenu différent).',
        },
        [],
      ])
    })
  })
})
