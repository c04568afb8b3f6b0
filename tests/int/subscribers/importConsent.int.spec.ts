import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { AccessUsers } from '../../helpers/accessFixtures'
import { createAccessUsers, loginAccessUsers } from '../../helpers/accessFixtures'
import type { RestServer } from '../../helpers/restServer'
import { startRestServer } from '../../helpers/restServer'
import { spawnScript } from '../../helpers/spawnScript'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import { importSubscribers } from '@/server/subscribers/importSubscribers'

const FORUM = 'Liste des participants du Forum 2019, consentement écrit'
const REFUSAL =
  'Indiquez la source du consentement des personnes importées (par exemple « Liste des participants du Forum 2019, consentement écrit ») : rien n’a été importé.'

/** GDPR: an import states where the people's consent comes from, and every created row keeps it. */
describe('import: the source of consent', () => {
  let context: TestPayload
  let payload: Payload
  let rest: RestServer
  let users: AccessUsers
  let communication: string

  const subscriberFor = async (email: string) =>
    (
      await payload.find({
        collection: 'subscribers',
        where: { email: { equals: email } },
        overrideAccess: true,
      })
    ).docs[0]
  const count = async () => (await payload.count({ collection: 'subscribers' })).totalDocs
  const postImport = ({ csv, query }: { csv: string; query: Record<string, string> }) =>
    fetch(`${rest.baseUrl}/api/subscribers/import?${new URLSearchParams(query).toString()}`, {
      method: 'POST',
      headers: { authorization: communication, 'content-type': 'text/csv; charset=utf-8' },
      body: csv,
    })

  beforeAll(async () => {
    context = await getTestPayload()
    payload = context.payload
    users = await createAccessUsers(payload)
    rest = await startRestServer(payload.config)
    communication = (await loginAccessUsers({ baseUrl: rest.baseUrl, users })).communication
      .authorization
  })
  afterAll(async () => {
    await rest?.close()
    await context?.cleanup()
  })

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['blank', ' \t\n '],
    ['invisible', '\u200B\u2060\uFEFF'],
  ])('should import nothing when the source is %s', async (_, consentSource) => {
    const before = await count()
    const error = (await importSubscribers({
      payload,
      csvText: 'email\nsans.source@federation.be',
      fileName: 'x.csv',
      consentSource,
    }).catch((caught: unknown) => caught)) as { status?: number; userMessage?: string }
    expect([error.status, error.userMessage, await count()]).toEqual([400, REFUSAL, before])
  })

  it('should record the statement, the origin and the time on every created row, and leave known people’s consent alone', async () => {
    await payload.create({
      collection: 'subscribers',
      data: {
        email: 'deja@federation.be',
        status: 'active',
        consent: { source: 'form', detail: 'Formulaire /newsletter', at: '2025-03-01T09:00:00Z' },
      },
      overrideAccess: true,
    })
    const now = new Date('2026-11-30T10:15:00.000Z')
    await importSubscribers({
      payload,
      csvText: 'email;prénom\nun@federation.be;Un\ndeux@federation.be;Deux\ndeja@federation.be;D',
      fileName: 'forum.csv',
      consentSource: `  ${FORUM}\n`,
      now,
    })
    const consents = await Promise.all(
      ['un@federation.be', 'deux@federation.be', 'deja@federation.be'].map(async (email) => {
        const consent = (await subscriberFor(email))?.consent
        return [consent?.source, consent?.detail, consent?.at]
      }),
    )
    expect(consents).toEqual([
      ['import', FORUM, now.toISOString()],
      ['import', FORUM, now.toISOString()],
      ['form', 'Formulaire /newsletter', '2025-03-01T09:00:00.000Z'],
    ])
  })

  it('should answer the endpoint without a source with a French 400 and write nothing', async () => {
    const before = await count()
    const queries: Array<Record<string, string>> = [
      { file: 'a.csv' },
      { file: 'a.csv', source: '   ' },
    ]
    const responses = await Promise.all(
      queries.map(async (query) => {
        const response = await postImport({ csv: 'email\nendpoint@federation.be', query })
        return [response.status, ((await response.json()) as { error: string }).error]
      }),
    )
    expect([responses, await count()]).toEqual([
      [
        [400, REFUSAL],
        [400, REFUSAL],
      ],
      before,
    ])
  })

  it('should import through the endpoint with a source and show it in the person’s GDPR export', async () => {
    const response = await postImport({
      csv: 'email;prénom\nexport@federation.be;Eva',
      query: { file: 'forum.csv', source: FORUM },
    })
    const eva = await subscriberFor('export@federation.be')
    const exported = await fetch(`${rest.baseUrl}/api/subscribers/${eva?.id}/export`, {
      headers: { authorization: communication },
    })
    const data = (await exported.json()) as {
      subscriber: { status: string; consent: { source: string; detail: string; at: string } }
    }
    expect([response.status, exported.status, data.subscriber.status]).toEqual([200, 200, 'active'])
    expect(data.subscriber.consent).toEqual(
      expect.objectContaining({ source: 'import', detail: FORUM, at: eva?.consent?.at }),
    )
  })

  it('should make the command refuse a file without --source, and import it with one', async () => {
    const file = path.join(context.dir, 'cli.csv')
    fs.writeFileSync(file, 'email;prénom\ncli@federation.be;Cléo\n')
    const run = async (args: string[]) => {
      const script = spawnScript({
        npmScript: 'subscribers:import',
        args,
        env: { DATABASE_URI: process.env.DATABASE_URI, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET },
      })
      const { code } = await script.exited
      return { code, output: script.output() }
    }
    const refused = await run([file])
    const afterRefusal = await subscriberFor('cli@federation.be')
    const accepted = await run([file, '--source', FORUM])
    const cleo = await subscriberFor('cli@federation.be')
    expect([refused.code, refused.output.includes(REFUSAL), afterRefusal]).toEqual([
      1,
      true,
      undefined,
    ])
    expect([accepted.code, cleo?.status, cleo?.consent?.source, cleo?.consent?.detail]).toEqual([
      0,
      'active',
      'import',
      FORUM,
    ])
    expect(accepted.output).toContain(`consentement enregistré : « ${FORUM} »`)
  }, 300_000)
})
