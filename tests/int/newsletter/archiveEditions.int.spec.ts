import type { Payload } from 'payload'

import type { Actor, AccessUsers, ActorHeaders } from '../../helpers/accessFixtures'
import { createAccessUsers, loginAccessUsers } from '../../helpers/accessFixtures'
import type { RestServer } from '../../helpers/restServer'
import { startRestServer } from '../../helpers/restServer'
import { seedDemoContent } from '../../helpers/seededDemo'
import { captureLogs } from '../../helpers/captureLogs'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import { archivedIssueView, listArchive } from '@/server/newsletter/archive'

/** The public archive renders the edition frozen at send time, and only communication withdraws it. */
describe('web archive of sent editions', () => {
  let context: TestPayload
  let payload: Payload
  let rest: RestServer
  let users: AccessUsers
  let editionId: number | string
  let headers: ActorHeaders

  const edition = () => payload.findByID({ collection: 'editions', id: editionId, depth: 0 })
  const post = (actor: Actor, action: 'withdraw' | 'restore', body: unknown = {}) =>
    fetch(`${rest.baseUrl}/api/editions/${editionId}/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers[actor] },
      body: JSON.stringify(body),
    })

  beforeAll(async () => {
    context = await getTestPayload()
    payload = context.payload
    await seedDemoContent(payload)
    users = await createAccessUsers(payload)
    rest = await startRestServer(payload.config)
    headers = await loginAccessUsers({ baseUrl: rest.baseUrl, users })
    const { docs } = await payload.find({
      collection: 'editions',
      where: { month: { equals: '2020-02' } },
    })
    editionId = docs[0]?.id as number
  })
  afterAll(async () => {
    await rest?.close()
    await context?.cleanup()
  })

  it('should give the demo’s sent February 2020 issue its edition from the seed', async () => {
    const { docs } = await payload.find({ collection: 'editions', depth: 0 })
    expect(
      docs.map((doc) => [doc.month, doc.number, doc.contentHash.startsWith('sha256:')]),
    ).toEqual([['2020-02', 1, true]])
  })

  it('should show the edition as sent after a title edit and a meeting created later', async () => {
    const before = await archivedIssueView(payload, '2020-02')
    const { docs: articles } = await payload.find({
      collection: 'articles',
      where: { title: { like: 'rencontre les ministres' } },
      depth: 0,
    })
    const article = articles[0]
    await payload.update({
      collection: 'articles',
      id: article?.id as number,
      data: { title: 'Titre modifié après l’envoi' },
    })
    const { docs: groups } = await payload.find({ collection: 'working-groups', limit: 1 })
    await payload.create({
      collection: 'meetings',
      data: {
        kind: 'gt',
        workingGroup: groups[0]?.id as number,
        startsAt: '2020-02-20T09:00:00.000Z',
        venueLabel: 'Salle secrète',
      } as never,
    })
    const after = await archivedIssueView(payload, '2020-02')
    const text = JSON.stringify(after)
    expect([
      after === null,
      JSON.stringify(after) === JSON.stringify(before),
      text.includes('Salle secrète'),
      text.includes('Titre modifié'),
      after?.articles[0]?.titleText.includes('rencontre les ministres'),
    ]).toEqual([false, true, false, false, true])
  })

  it('should list the edition in the public archive', async () => {
    expect((await listArchive(payload)).map((entry) => [entry.month, entry.subject])).toEqual([
      ['2020-02', '#ActUNIPSO – Février 2020'],
    ])
  })

  it.each(['anonymous', 'editor'] as const)(
    'should refuse the withdrawal to %s (403) and change nothing',
    async (actor) => {
      const response = await post(actor, 'withdraw', { reason: 'Demande légale du 12/03' })
      expect([response.status, (await edition()).isWithdrawn]).toEqual([403, false])
    },
  )

  it('should refuse a withdrawal without a reason (400)', async () => {
    const response = await post('communication', 'withdraw', { reason: '  ' })
    expect([response.status, (await edition()).isWithdrawn]).toEqual([400, false])
  })

  it('should change nothing on a GET of the withdrawal endpoint', async () => {
    const response = await fetch(`${rest.baseUrl}/api/editions/${editionId}/withdraw`, {
      headers: headers.communication,
    })
    expect([response.ok, (await edition()).isWithdrawn]).toEqual([false, false])
  })

  it.each(['communication', 'admin'] as const)(
    'should let %s withdraw the edition with a reason, logged, and restore it',
    async (actor) => {
      const { result, lines } = await captureLogs(payload, async () => {
        const withdrawn = await post(actor, 'withdraw', { reason: 'Demande légale du 12/03' })
        return {
          status: withdrawn.status,
          stored: await edition(),
          page: await archivedIssueView(payload, '2020-02'),
          list: await listArchive(payload),
          again: (await post(actor, 'withdraw', { reason: 'Deuxième demande' })).status,
        }
      })
      expect([
        result.status,
        result.stored.isWithdrawn,
        result.stored.withdrawal?.reason,
        result.stored.withdrawal?.by,
        typeof result.stored.withdrawal?.at,
        result.page,
        result.list,
        result.again,
      ]).toEqual([
        200,
        true,
        'Demande légale du 12/03',
        users[actor].email,
        'string',
        null,
        [],
        409,
      ])
      expect(lines).toContainEqual(
        expect.objectContaining({
          msg: 'Édition retirée de l’archive publique',
          user: users[actor].id,
          reason: 'Demande légale du 12/03',
        }),
      )
      const restored = await post(actor, 'restore')
      expect([restored.status, (await edition()).isWithdrawn]).toEqual([200, false])
      expect((await archivedIssueView(payload, '2020-02'))?.month).toBe('2020-02')
    },
  )

  it.each(['anonymous', 'editor'] as const)(
    'should refuse the restore to %s (403)',
    async (actor) => {
      expect((await post(actor, 'restore')).status).toBe(403)
    },
  )
})
