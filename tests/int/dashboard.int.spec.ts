import type { Payload } from 'payload'

import type { AccessUsers } from '../helpers/accessFixtures'
import { createAccessUsers } from '../helpers/accessFixtures'
import { createDelivery } from '../helpers/createDelivery'
import type { TestPayload } from '../helpers/testPayload'
import { getTestPayload } from '../helpers/testPayload'
import { loadDashboard } from '@/server/dashboard/loadDashboard'

/** The admin home's figures, read with each user's own access. */
describe('loadDashboard', () => {
  let context: TestPayload
  let payload: Payload
  let users: AccessUsers
  const now = new Date('2031-03-10T09:00:00.000Z')
  const userDoc = async (role: 'editor' | 'communication') =>
    payload.findByID({ collection: 'users', id: users[role].id })
  const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString()

  beforeAll(async () => {
    context = await getTestPayload()
    payload = context.payload
    users = await createAccessUsers(payload)
    const tz = 'Europe/Brussels' as const
    await payload.create({
      collection: 'issues',
      data: { number: 50, month: '2031-02', subject: 'Février 2031', status: 'sent' } as never,
    })
    const issue = await payload.create({
      collection: 'issues',
      data: { number: 51, month: '2031-03', subject: 'Mars 2031', status: 'ready' } as never,
    })
    await payload.create({
      collection: 'issues',
      data: { number: 52, month: '2031-04', subject: 'Avril 2031', status: 'draft' } as never,
    })
    await payload.create({
      collection: 'agenda-items',
      data: {
        title: 'Webinaire dans 5 jours',
        startsAt: inDays(5),
        startsAt_tz: tz,
        endsAt: inDays(5.1),
        endsAt_tz: tz,
        status: 'confirmed',
      } as never,
    })
    await payload.create({
      collection: 'agenda-items',
      data: {
        title: 'Trop tard',
        startsAt: inDays(45),
        startsAt_tz: tz,
        endsAt: inDays(45.1),
        endsAt_tz: tz,
        status: 'confirmed',
      } as never,
    })
    await payload.create({
      collection: 'conferences',
      data: {
        title: 'Forum dans 2 jours',
        startsAt: inDays(2),
        startsAt_tz: tz,
        endsAt: inDays(2.3),
        endsAt_tz: tz,
        status: 'cancelled',
      } as never,
    })
    const subscribers = []
    for (const [email, status, joined, left] of [
      ['a@federation.be', 'active', '2030-06-01T10:00:00.000Z', null],
      ['b@federation.be', 'active', '2031-01-15T10:00:00.000Z', null],
      ['c@federation.be', 'unsubscribed', '2030-06-01T10:00:00.000Z', '2031-02-01T10:00:00.000Z'],
      ['d@federation.be', 'pending', '2031-03-01T10:00:00.000Z', null],
    ] as const) {
      subscribers.push(
        await payload.create({
          collection: 'subscribers',
          data: {
            email,
            status,
            consent: {
              at: joined,
              at_tz: tz,
              source: 'admin',
              confirmedAt: status === 'pending' ? undefined : joined,
            },
            ...(left ? { unsubscribedAt: left, unsubscribedAt_tz: tz } : {}),
          } as never,
        }),
      )
    }
    const send = await payload.create({
      collection: 'sends',
      data: { issue: issue.id, label: 'Mars 2031', status: 'done' } as never,
    })
    for (const [index, status] of (['delivered', 'bounced'] as const).entries()) {
      const subscriber = subscribers[index] as { id: number; email: string }
      await createDelivery({ payload, send: send.id, subscriber, batch: 0, status })
    }
  })
  afterAll(async () => {
    await context?.cleanup()
  })

  it('should show communication staff the next issue, what needs them, the next 30 days, sends and subscribers', async () => {
    const data = await loadDashboard({
      payload,
      user: await userDoc('communication'),
      canSeeBroadcast: true,
      now,
    })
    expect([
      data.nextIssue?.subject,
      data.nextIssue?.status,
      data.tasks.map((task) => task.text),
    ]).toEqual(['Mars 2031', 'ready', ['Mars 2031 attend l’approbation de la communication.']])
    expect(data.upcoming.map((event) => [event.kind, event.title, event.status])).toEqual([
      ['conference', 'Forum dans 2 jours', 'cancelled'],
      ['agenda', 'Webinaire dans 5 jours', 'confirmed'],
    ])
    expect(
      data.broadcast?.sends.map((send) => [
        send.label,
        send.counts.delivered,
        send.counts.bounced,
        send.counts.queued,
      ]),
    ).toEqual([['Mars 2031', 1, 1, 0]])
    expect([
      data.broadcast?.activeNow,
      data.broadcast?.pendingNow,
      data.broadcast?.subscribers.slice(-3),
    ]).toEqual([
      2,
      1,
      [
        { month: '2031-01', active: 3, unsubscribed: 0 },
        { month: '2031-02', active: 2, unsubscribed: 1 },
        { month: '2031-03', active: 2, unsubscribed: 1 },
      ],
    ])
  })

  it('should not give editors any subscriber or send figure', async () => {
    const data = await loadDashboard({
      payload,
      user: await userDoc('editor'),
      canSeeBroadcast: false,
      now,
    })
    expect([data.nextIssue?.subject, data.upcoming.length, data.broadcast]).toEqual([
      'Mars 2031',
      2,
      null,
    ])
  })
})
