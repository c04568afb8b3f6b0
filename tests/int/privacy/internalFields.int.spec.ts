import crypto from 'node:crypto'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import type { CollectionSlug, Field, Payload } from 'payload'

import type { Issue, Member } from '@/payload-types'

import type { AccessUsers, ActorHeaders } from '../../helpers/accessFixtures'
import { createAccessUsers, loginAccessUsers } from '../../helpers/accessFixtures'
import type { RestServer } from '../../helpers/restServer'
import { startRestServer } from '../../helpers/restServer'
import { seedDemoContent } from '../../helpers/seededDemo'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import { IssueWebView } from '@/components/web/IssueWebView'
import { readEnv } from '@/config/env'
import { archivedIssueView, listArchive } from '@/server/newsletter/archive'
import { buildIssueEmail, sampleRecipient } from '@/server/newsletter/issueEmail'
import { personalizeIssue } from '@/server/newsletter/renderIssue'
import { freezeEdition } from '@/server/sending/editions'

/** A field marked `custom: { internal: true }` in the config, by collection and path. */
type InternalField = { collection: CollectionSlug; path: string; field: Field }

/** Every internal field of the config, found the way the admin sees it (groups, rows, tabs). */
function internalFieldsOf(payload: Payload): InternalField[] {
  const found: InternalField[] = []
  const walk = (collection: CollectionSlug, fields: Field[], prefix: string) => {
    for (const field of fields) {
      const name = 'name' in field ? field.name : null
      const path = name ? `${prefix}${name}` : prefix.replace(/\.$/, '')
      if (field.custom?.internal === true) {
        found.push({ collection, path, field })
        continue
      }
      if (field.type === 'tabs')
        for (const tab of field.tabs)
          walk(collection, tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix)
      else if (field.type === 'row' || field.type === 'collapsible')
        walk(collection, field.fields, prefix)
      else if (field.type === 'group') walk(collection, field.fields, name ? `${path}.` : prefix)
      else if (field.type === 'array' || field.type === 'blocks') {
        const inner = field.type === 'array' ? field.fields : field.blocks.flatMap((b) => b.fields)
        if (JSON.stringify(inner.map((f) => f.custom ?? null)).includes('"internal":true'))
          throw new Error(`${collection}.${path} : champ interne dans un tableau, non couvert`)
      }
    }
  }
  for (const collection of payload.config.collections)
    walk(collection.slug as CollectionSlug, collection.fields, '')
  return found
}

/** The value an internal field gets: the sentinel in each of its text parts. */
function sentinelValue(field: Field, sentinel: string): unknown {
  if (field.type === 'text' || field.type === 'textarea') return sentinel
  if (field.type === 'group')
    return Object.fromEntries(
      field.fields
        .filter((sub) => sub.type === 'text' || sub.type === 'textarea')
        .map((sub) => ['name' in sub ? sub.name : '', sentinel]),
    )
  throw new Error(`Type de champ interne non couvert par ce test : ${field.type}`)
}

/** { a: { b: value } } from 'a.b'. */
const nest = (path: string, value: unknown): Record<string, unknown> =>
  path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>

/**
 * Privacy: internal fields (« Remarques internes » of meetings, workflow notes, withdrawal reasons,
 * send diagnostics) never leave the admin. Every internal field of the config gets a sentinel in
 * every document, then each output is searched for it.
 */
/** The app's own route handlers, imported once the test database is set (they load the config). */
const routes = async () => ({
  agenda: (await import('@/app/calendars/agenda.ics/route')).GET,
  conferences: (await import('@/app/calendars/conferences.ics/route')).GET,
  memberFeed: (await import('@/app/calendars/members/[token]/route')).GET,
  event: (await import('@/app/events/[collection]/[id]/route')).GET,
})

describe('internal fields never leave the admin', () => {
  let context: TestPayload
  let payload: Payload
  let rest: RestServer
  let users: AccessUsers
  let headers: ActorHeaders
  let member: Member
  let internal: Array<InternalField & { sentinel: string }>

  /** The internal fields whose sentinel a text shows. */
  const leaksIn = (text: string) =>
    internal
      .filter(({ sentinel }) => text.includes(sentinel))
      .map(({ collection, path }) => `${collection}.${path}`)

  const writeSentinels = async () => {
    for (const { collection, path, field, sentinel } of internal) {
      const { docs } = await payload.find({
        collection,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      if (docs.length === 0) throw new Error(`Aucun document de ${collection} pour la sentinelle`)
      for (const doc of docs)
        // The adapter, not the Local API: no hook may react to (or refuse) the sentinel.
        await payload.db.updateOne({
          collection,
          id: doc.id,
          data: nest(path, sentinelValue(field, sentinel)),
        })
    }
  }

  beforeAll(async () => {
    context = await getTestPayload()
    payload = context.payload
    await seedDemoContent(payload)
    users = await createAccessUsers(payload)
    const groups = await payload.find({ collection: 'working-groups', pagination: false })
    member = await payload.create({
      collection: 'members',
      data: {
        name: 'Membre de tous les groupes',
        email: 'tous.groupes@federation.be',
        workingGroups: groups.docs.map((group) => group.id),
      },
    })
    const february = (
      await payload.find({ collection: 'issues', where: { month: { equals: '2020-02' } } })
    ).docs[0] as Issue
    await payload.create({
      collection: 'sends',
      data: { issue: february.id, label: 'Février 2020', status: 'done' } as never,
      overrideAccess: true,
    })
    internal = internalFieldsOf(payload).map((entry) => ({
      ...entry,
      sentinel: `INTERNE-${entry.collection}-${entry.path}-${crypto.randomBytes(6).toString('hex')}`,
    }))
    await writeSentinels()
    // February 2020 frozen again, now that meetings and the issue carry sentinels: what a send
    // freezes (and the archive shows) is built from live documents at that moment.
    await payload.delete({
      collection: 'editions',
      where: { issue: { equals: february.id } },
      overrideAccess: true,
    })
    await payload.db.updateOne({
      collection: 'issues',
      id: february.id,
      data: { status: 'approved' },
    })
    await freezeEdition({
      payload,
      issue: await payload.findByID({ collection: 'issues', id: february.id, depth: 0 }),
    })
    await payload.db.updateOne({ collection: 'issues', id: february.id, data: { status: 'sent' } })
    await writeSentinels()
    rest = await startRestServer(payload.config)
    headers = await loginAccessUsers({ baseUrl: rest.baseUrl, users })
  })
  afterAll(async () => {
    await rest?.close()
    await context?.cleanup()
  })

  it('should find the internal fields in the config, and a sentinel in each collection’s documents', async () => {
    const stored = await Promise.all(
      internal.map(async ({ collection }) =>
        JSON.stringify(
          (await payload.find({ collection, pagination: false, overrideAccess: true })).docs,
        ),
      ),
    )
    expect(internal.map(({ collection, path }) => `${collection}.${path}`).sort()).toEqual([
      'editions.withdrawal',
      'issues.workflowNote',
      'meetings.notes',
      'sends.lastError',
      'sends.stopReason',
    ])
    expect(internal.map(({ sentinel }, index) => stored[index]?.includes(sentinel))).toEqual(
      internal.map(() => true),
    )
  })

  it('should keep them out of the member feed, the public feeds and every single-event file', async () => {
    const { agenda, conferences, memberFeed, event } = await routes()
    const base = readEnv().serverUrl
    const token = member.feedToken as string
    const read = async (response: Response) => {
      expect(response.status).toBe(200)
      return response.text()
    }
    const outputs: Record<string, string> = {
      'member feed': await read(
        await memberFeed(new Request(`${base}/calendars/members/${token}.ics`), {
          params: Promise.resolve({ token: `${token}.ics` }),
        }),
      ),
      'agenda feed': await read(await agenda(new Request(`${base}/calendars/agenda.ics`))),
      'conferences feed': await read(
        await conferences(new Request(`${base}/calendars/conferences.ics`)),
      ),
    }
    const events = [
      ...(await payload.find({ collection: 'meetings', pagination: false })).docs.map((doc) => ({
        collection: 'meetings',
        id: doc.id,
        query: `?token=${token}`,
      })),
      ...(
        await payload.find({
          collection: 'agenda-items',
          where: { isPublished: { equals: true } },
          pagination: false,
        })
      ).docs.map((doc) => ({ collection: 'agenda-items', id: doc.id, query: '' })),
      ...(
        await payload.find({
          collection: 'conferences',
          where: { isPublished: { equals: true } },
          pagination: false,
        })
      ).docs.map((doc) => ({ collection: 'conferences', id: doc.id, query: '' })),
    ]
    for (const { collection, id, query } of events)
      outputs[`${collection}/${id}.ics`] = await read(
        await event(new Request(`${base}/events/${collection}/${id}.ics${query}`), {
          params: Promise.resolve({ collection, id: `${id}.ics` }),
        }),
      )
    expect(outputs['member feed']).toContain('BEGIN:VEVENT')
    expect(
      Object.keys(outputs).filter((name) => name.startsWith('meetings/')).length,
    ).toBeGreaterThan(3)
    expect(
      Object.entries(outputs)
        .filter(([, text]) => leaksIn(text).length > 0)
        .map(([name]) => name),
    ).toEqual([])
  })

  it('should keep them out of every issue’s email (HTML and text) and the frozen edition', async () => {
    const { docs: issues } = await payload.find({
      collection: 'issues',
      pagination: false,
      depth: 0,
    })
    const outputs: Record<string, string> = {}
    for (const issue of issues) {
      const email = await buildIssueEmail({ payload, issue })
      const mail = personalizeIssue({
        templates: email.templates,
        recipient: sampleRecipient(readEnv().serverUrl),
      })
      outputs[`${issue.month} html`] = mail.html
      outputs[`${issue.month} text`] = mail.text
    }
    const { docs: editions } = await payload.find({
      collection: 'editions',
      pagination: false,
      overrideAccess: true,
      select: { month: true, view: true, templates: true },
    })
    for (const edition of editions)
      outputs[`edition ${edition.month}`] = JSON.stringify([edition.view, edition.templates])
    expect(outputs['2020-02 text']).toContain('Bureau')
    expect(
      Object.entries(outputs)
        .filter(([, text]) => leaksIn(text).length > 0)
        .map(([name]) => name),
    ).toEqual([])
  })

  it('should keep them out of the web archive', async () => {
    const view = await archivedIssueView(payload, '2020-02')
    const page = renderToStaticMarkup(createElement(IssueWebView, { view: view as never }))
    const list = JSON.stringify(await listArchive(payload))
    expect([page.includes('Bureau'), leaksIn(`${page}${JSON.stringify(view)}${list}`)]).toEqual([
      true,
      [],
    ])
  })

  it('should keep them out of every REST answer to anonymous visitors', async () => {
    const answers = await restAnswers(headers.anonymous)
    expect(Object.values(answers).some((body) => body.includes('"docs"'))).toBe(true)
    expect(
      Object.entries(answers)
        .map(([url, body]) => [url, leaksIn(body)])
        .filter(([, leaks]) => leaks.length > 0),
    ).toEqual([])
  })

  it('should not let anonymous visitors query or sort by an internal field', async () => {
    const workflowNote = internal.find(({ path }) => path === 'workflowNote')?.sentinel as string
    const queried = await fetch(
      `${rest.baseUrl}/api/issues?depth=0&where[workflowNote][like]=${workflowNote.slice(0, 12)}`,
    )
    const body = (await queried.json()) as { docs?: unknown[] }
    expect(queried.status === 200 ? (body.docs ?? []).length : 0).toBe(0)
  })

  it('should show editors only the internal fields of collections they work in', async () => {
    const editor = await payload.findByID({ collection: 'users', id: users.editor.id })
    const readable = new Set<string>()
    for (const { collection } of internal) {
      const allowed = await payload
        .find({ collection, user: editor, overrideAccess: false, limit: 1 })
        .then(() => true)
        .catch(() => false)
      if (allowed) readable.add(collection)
    }
    const answers = await restAnswers(headers.editor)
    for (const issueId of (
      await payload.find({ collection: 'issues', pagination: false })
    ).docs.map((issue) => issue.id))
      for (const part of ['preview', 'preview.txt', 'warnings'])
        answers[`/api/issues/${issueId}/${part}`] = await (
          await fetch(`${rest.baseUrl}/api/issues/${issueId}/${part}`, { headers: headers.editor })
        ).text()
    const forbidden = (leaks: string[]) =>
      leaks.filter((leak) => !readable.has(leak.split('.')[0] as string))
    expect([...readable].sort()).toEqual(['issues', 'meetings'])
    expect(
      Object.entries(answers)
        .map(([url, body]) => [url, forbidden(leaksIn(body))])
        .filter(([, leaks]) => leaks.length > 0),
    ).toEqual([])
  })

  /** Every collection listed and every document read by id (depth 2), plus the globals. */
  async function restAnswers(actor: Record<string, string>): Promise<Record<string, string>> {
    const answers: Record<string, string> = {}
    const get = async (url: string) => {
      const once = async () => (await fetch(`${rest.baseUrl}${url}`, { headers: actor })).text()
      // A kept-alive socket the test server closed meanwhile (seen under load) fails the fetch
      // before any request is made: that GET is sent again, once, on a new socket.
      answers[url] = await once().catch((error: unknown) => {
        const code = (error as { cause?: { code?: string } }).cause?.code
        if (code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET') throw error
        console.warn(`GET ${url} : ${code}, renvoyée une fois`)
        return once()
      })
    }
    for (const collection of payload.config.collections) {
      const slug = collection.slug as CollectionSlug
      await get(`/api/${slug}?depth=2&limit=0`)
      const { docs } = await payload.find({
        collection: slug,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: {},
      })
      for (const doc of docs) await get(`/api/${slug}/${doc.id}?depth=2`)
    }
    for (const global of payload.config.globals) await get(`/api/globals/${global.slug}?depth=2`)
    return answers
  }
})
