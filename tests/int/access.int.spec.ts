import type { CollectionSlug, Payload } from 'payload'

import type { AccessUsers, Actor, ActorHeaders } from '../helpers/accessFixtures'
import {
  ACTORS,
  PASSWORD,
  createAccessUsers,
  loginAccessUsers,
  sampleData,
} from '../helpers/accessFixtures'
import type { RestServer } from '../helpers/restServer'
import { startRestServer } from '../helpers/restServer'
import type { TestPayload } from '../helpers/testPayload'
import { getTestPayload } from '../helpers/testPayload'
import { parseIcs } from '../helpers/parseIcs'
import { calendarResponse } from '@/server/calendar/calendarResponse'
import { memberFeed } from '@/server/calendar/feeds'

type Operation = 'create' | 'update' | 'delete'
type Row = Record<Actor, Record<Operation, boolean>>

const none = { create: false, update: false, delete: false }
const all = { create: true, update: true, delete: true }
const noDelete = { create: true, update: true, delete: false }
const staffOnly: Row = { anonymous: none, editor: all, communication: all, admin: all }
const referenceData: Row = {
  anonymous: none,
  editor: noDelete,
  communication: noDelete,
  admin: all,
}

/** Who may create, update and delete in each collection: the access rules of the foundation issue. */
const writeMatrix: Record<string, Row> = {
  articles: staffOnly,
  'agenda-items': staffOnly,
  conferences: staffOnly,
  // Staff cancel a meeting (status « Annulé ») and keep the governance record; admins delete.
  meetings: referenceData,
  venues: referenceData,
  rubrics: referenceData,
  'working-groups': referenceData,
  staff: referenceData,
  issues: { anonymous: none, editor: noDelete, communication: all, admin: all },
  users: { anonymous: none, editor: none, communication: none, admin: all },
  members: { anonymous: none, editor: none, communication: all, admin: all },
  subscribers: { anonymous: none, editor: none, communication: all, admin: all },
}

describe('access matrix', () => {
  let context: TestPayload
  let payload: Payload
  let rest: RestServer
  let users: AccessUsers
  let refs: { rubric: number | string; staff: number | string; workingGroup: number | string }
  let headers: ActorHeaders
  const visible: Record<
    string,
    { public: Array<number | string>; private: Array<number | string> }
  > = {}

  const userDoc = async (actor: Actor) =>
    actor === 'anonymous'
      ? undefined
      : await payload.findByID({ collection: 'users', id: users[actor].id })

  /** A valid change per collection (users and rubrics have a field an update may always touch). */
  const updateData = (collection: CollectionSlug) =>
    collection === 'users'
      ? { name: 'Renommé' }
      : collection === 'rubrics'
        ? { order: 999 }
        : sampleData({ collection, refs })

  const seedDoc = async (collection: CollectionSlug, extra: Record<string, unknown> = {}) =>
    payload.create({ collection, data: { ...sampleData({ collection, refs }), ...extra } as never })

  beforeAll(async () => {
    context = await getTestPayload()
    payload = context.payload
    users = await createAccessUsers(payload)
    const rubric = await seedDoc('rubrics')
    const staff = await seedDoc('staff')
    const workingGroup = await seedDoc('working-groups')
    refs = { rubric: rubric.id, staff: staff.id, workingGroup: workingGroup.id }

    const pair = async (
      collection: CollectionSlug,
      publicData: Record<string, unknown>,
      privateData: Record<string, unknown>,
    ) => {
      const shown = await seedDoc(collection, publicData)
      const hidden = await seedDoc(collection, privateData)
      visible[collection] = { public: [shown.id], private: [hidden.id] }
    }
    await pair('articles', { status: 'published' }, { status: 'draft' })
    await pair('agenda-items', { isPublished: true }, { isPublished: false })
    await pair('conferences', { isPublished: true }, { isPublished: false })
    await pair('issues', { status: 'sent' }, { status: 'draft' })

    rest = await startRestServer(payload.config)
    headers = await loginAccessUsers({ baseUrl: rest.baseUrl, users })
  })

  afterAll(async () => {
    await rest?.close()
    await context?.cleanup()
  })

  async function localAttempt({
    actor,
    collection,
    operation,
  }: {
    actor: Actor
    collection: CollectionSlug
    operation: Operation
  }) {
    const user = await userDoc(actor)
    try {
      if (operation === 'create') {
        await payload.create({
          collection,
          data: sampleData({ collection, refs }) as never,
          user,
          overrideAccess: false,
        })
      } else {
        const target = await seedDoc(collection)
        if (operation === 'update') {
          await payload.update({
            collection,
            id: target.id,
            data: updateData(collection) as never,
            user,
            overrideAccess: false,
          })
        } else {
          await payload.delete({ collection, id: target.id, user, overrideAccess: false })
        }
      }
      return true
    } catch (error) {
      if ((error as { status?: number }).status === 403) return false
      throw error
    }
  }

  async function restAttempt({
    actor,
    collection,
    operation,
  }: {
    actor: Actor
    collection: CollectionSlug
    operation: Operation
  }) {
    const json = { 'content-type': 'application/json', ...headers[actor] }
    let response: Response
    if (operation === 'create') {
      response = await fetch(`${rest.baseUrl}/api/${collection}`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify(sampleData({ collection, refs })),
      })
    } else {
      const target = await seedDoc(collection)
      response = await fetch(`${rest.baseUrl}/api/${collection}/${target.id}`, {
        method: operation === 'update' ? 'PATCH' : 'DELETE',
        headers: json,
        body: operation === 'update' ? JSON.stringify(updateData(collection)) : undefined,
      })
    }
    if (response.status === 403) return false
    if (response.ok) return true
    throw new Error(
      `${operation} ${collection} as ${actor}: HTTP ${response.status} ${await response.text()}`,
    )
  }

  const cases = Object.entries(writeMatrix).flatMap(([collection, row]) =>
    ACTORS.flatMap((actor) =>
      (['create', 'update', 'delete'] as Operation[]).map((operation) => ({
        collection: collection as CollectionSlug,
        actor,
        operation,
        expected: row[actor][operation],
      })),
    ),
  )

  it.each(cases)(
    'should let $actor $operation $collection: $expected (Local API)',
    async ({ actor, collection, operation, expected }) => {
      expect(await localAttempt({ actor, collection, operation })).toBe(expected)
    },
  )

  it.each(cases)(
    'should let $actor $operation $collection: $expected (REST)',
    async ({ actor, collection, operation, expected }) => {
      expect(await restAttempt({ actor, collection, operation })).toBe(expected)
    },
  )

  const published = ['articles', 'agenda-items', 'conferences', 'issues'] as const
  it.each(published)(
    'should show anonymous visitors only the published %s (Local API and REST)',
    async (collection) => {
      const local = await payload.find({ collection, overrideAccess: false, pagination: false })
      const response = await fetch(`${rest.baseUrl}/api/${collection}?limit=0&depth=0`)
      const body = (await response.json()) as { docs: Array<{ id: number | string }> }
      const expected = visible[collection]?.public
      expect(local.docs.map((doc) => doc.id)).toEqual(expected)
      expect(body.docs.map((doc) => doc.id)).toEqual(expected)
    },
  )

  it.each(published)('should show editors the unpublished %s too', async (collection) => {
    const { docs } = await payload.find({
      collection,
      user: await userDoc('editor'),
      overrideAccess: false,
      pagination: false,
      depth: 0,
    })
    const ids = docs.map((doc) => doc.id)
    expect(ids).toEqual(
      expect.arrayContaining([
        ...(visible[collection]?.public ?? []),
        ...(visible[collection]?.private ?? []),
      ]),
    )
  })

  it.each([
    'meetings',
    'staff',
    'users',
    'members',
    'subscribers',
    'payload-preferences',
  ] as CollectionSlug[])(
    'should refuse %s to anonymous visitors through REST',
    async (collection) => {
      const response = await fetch(`${rest.baseUrl}/api/${collection}`)
      expect(response.status).toBe(403)
    },
  )

  it.each(['venues', 'rubrics', 'working-groups'] as CollectionSlug[])(
    'should let anonymous visitors read %s',
    async (collection) => {
      const response = await fetch(`${rest.baseUrl}/api/${collection}?limit=1`)
      const body = (await response.json()) as { totalDocs: number }
      expect([response.status, body.totalDocs > 0]).toEqual([200, true])
    },
  )

  it.each(['subscribers', 'members'] as CollectionSlug[])(
    'should refuse %s to editors through REST, listing and by id',
    async (collection) => {
      const doc = await seedDoc(collection)
      const list = await fetch(`${rest.baseUrl}/api/${collection}`, {
        headers: headers.editor,
      })
      const one = await fetch(`${rest.baseUrl}/api/${collection}/${doc.id}`, {
        headers: headers.editor,
      })
      expect([list.status, one.status]).toEqual([403, 403])
    },
  )

  it('should show an editor only their own account, and so only their own email', async () => {
    const response = await fetch(`${rest.baseUrl}/api/users?limit=0`, {
      headers: headers.editor,
    })
    const body = (await response.json()) as { docs: Array<{ email: string }> }
    expect(body.docs.map((doc) => doc.email)).toEqual(['editor@test.local'])
  })

  it('should refuse an editor reading another account by id', async () => {
    const response = await fetch(`${rest.baseUrl}/api/users/${users.otherEditor.id}`, {
      headers: headers.editor,
    })
    expect(response.status).toBe(404)
  })

  it('should not let an editor promote themself to admin', async () => {
    await fetch(`${rest.baseUrl}/api/users/${users.editor.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...headers.editor },
      body: JSON.stringify({ role: 'admin' }),
    })
    const stored = await payload.findByID({ collection: 'users', id: users.editor.id })
    expect(stored.role).toBe('editor')
  })

  it('should not let an editor update an approved issue', async () => {
    const approved = await seedDoc('issues', { status: 'approved' })
    const response = await fetch(`${rest.baseUrl}/api/issues/${approved.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...headers.editor },
      body: JSON.stringify({ subject: 'Modifié par un rédacteur' }),
    })
    const stored = await payload.findByID({ collection: 'issues', id: approved.id })
    expect([response.status, stored.subject]).toEqual([
      403,
      (approved as { subject: string }).subject,
    ])
  })

  it('should let only admins lift a login lock (POST /api/users/unlock)', async () => {
    const locked = await payload.create({
      collection: 'users',
      data: { email: 'verrouille@test.local', password: PASSWORD, role: 'admin' } as never,
    })
    const login = (password: string) =>
      fetch(`${rest.baseUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: locked.email, password }),
      })
    for (let attempt = 0; attempt < 10; attempt += 1) await login('mauvais-mot-de-passe')
    const unlockAs = async (actor: Actor) =>
      (
        await fetch(`${rest.baseUrl}/api/users/unlock`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers[actor] },
          body: JSON.stringify({ email: locked.email }),
        })
      ).status
    const refused = [await unlockAs('anonymous'), await unlockAs('editor')]
    const byCommunication = await unlockAs('communication')
    const stillLocked = (await login(PASSWORD)).status
    const byAdmin = await unlockAs('admin')
    expect([
      ...refused,
      byCommunication,
      stillLocked,
      byAdmin,
      (await login(PASSWORD)).status,
    ]).toEqual([403, 403, 403, 401, 200, 200])
  })

  it('should let editors cancel a meeting: it stays, and members’ feeds mark it CANCELLED', async () => {
    const meeting = await seedDoc('meetings', { kind: 'ca', workingGroup: null })
    const member = await payload.create({
      collection: 'members',
      data: { name: 'Membre annulation', email: 'annulation@federation.be' },
    })
    const response = await fetch(`${rest.baseUrl}/api/meetings/${meeting.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...headers.editor },
      body: JSON.stringify({ status: 'cancelled' }),
    })
    const feed = await memberFeed({ payload, member, now: new Date('2029-12-01T00:00:00Z') })
    const ics = parseIcs(
      await calendarResponse({
        request: new Request('http://localhost/calendars/members/x.ics'),
        feed,
        filename: 'membre.ics',
      }).text(),
    )
    const event = ics.events.find((entry) => entry.uid.startsWith(`meetings-${meeting.id}@`))
    const stored = await payload.findByID({ collection: 'meetings', id: meeting.id })
    expect([response.status, stored.status, event?.status, event?.summary]).toEqual([
      200,
      'cancelled',
      'CANCELLED',
      "ANNULÉ – Conseil d'administration (UNIPSO)",
    ])
  })
})
