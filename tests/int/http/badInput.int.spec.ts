import { signWebhook } from '@/domain/webhooks/svixSignature'
import { webhookSecret } from '@/server/webhooks/webhookSecret'
import type { RestServer } from '../../helpers/restServer'
import { startRestServer } from '../../helpers/restServer'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'

const orTerms = (count: number) =>
  Array.from({ length: count }, (_, i) => `where[or][${i}][title][equals]=x${i}`).join('&')

/** A read sent as POST, its query string in the body, as the admin's relationship fields do. */
const readAsPost = (body: string, type = 'application/x-www-form-urlencoded'): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': type, 'x-payload-http-method-override': 'GET' },
  body,
})

const post = (type: string | undefined, body: string): RequestInit => ({
  method: 'POST',
  headers: type ? { 'content-type': type } : {},
  body: type ? body : new TextEncoder().encode(body),
})

/** A webhook body signed with the app's own secret: the signature is valid, the body is not. */
function signedWebhook(body: string): RequestInit {
  const id = `msg_${crypto.randomUUID()}`
  const timestamp = Math.floor(Date.now() / 1000)
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'svix-id': id,
      'svix-timestamp': String(timestamp),
      'svix-signature': signWebhook({ secret: webhookSecret(), id, timestamp, body }),
    },
    body,
  }
}

type Case = { name: string; path: string; init?: RequestInit; status: number; message: RegExp }

/** Anonymous requests that answered 500 before the guard, and what each gets now. */
const CASES: Case[] = [
  {
    name: 'limit=1e309',
    path: '/api/articles?limit=1e309',
    status: 400,
    message: /^Paramètre « limit » invalide/,
  },
  {
    name: 'limit given twice',
    path: '/api/articles?limit=1&limit=2',
    status: 400,
    message: /^Paramètre « limit » invalide/,
  },
  {
    name: 'page=1e309',
    path: '/api/articles?page=1e309',
    status: 400,
    message: /^Paramètre « page » invalide/,
  },
  {
    name: 'where with 5,000 or terms, read as POST',
    path: '/api/articles',
    init: readAsPost(orTerms(5000)),
    status: 400,
    message: /^Filtre trop long : 100 conditions au plus/,
  },
  {
    name: 'where with 999 or terms, read as POST',
    path: '/api/articles',
    init: readAsPost(orTerms(999)),
    status: 400,
    message: /^Filtre trop long/,
  },
  {
    name: 'in with 40,000 values',
    path: '/api/articles',
    init: readAsPost(`where[id][in]=${Array.from({ length: 40_000 }, (_, i) => i).join(',')}`),
    status: 400,
    message: /^Liste trop longue dans le filtre/,
  },
  {
    name: 'read as POST with malformed JSON',
    path: '/api/articles',
    init: readAsPost('{nope', 'application/json'),
    status: 400,
    message: /^JSON invalide/,
  },
  {
    name: 'an id that is not a number',
    path: '/api/articles/abc',
    status: 404,
    message: /^Document introuvable\.$/,
  },
  {
    name: 'an id of 1e309',
    path: '/api/articles/1e309',
    status: 404,
    message: /^Document introuvable\.$/,
  },
  {
    name: 'POST text/plain',
    path: '/api/subscribers',
    init: post('text/plain', 'hello'),
    status: 415,
    message: /^Type de contenu non pris en charge \(text\/plain\)/,
  },
  {
    name: 'POST form-urlencoded',
    path: '/api/users/login',
    init: post('application/x-www-form-urlencoded', 'email=a%40b.be&password=x'),
    status: 415,
    message: /^Type de contenu non pris en charge \(application\/x-www-form-urlencoded\)/,
  },
  {
    name: 'POST without a content type',
    path: '/api/subscribers',
    init: post(undefined, '{"email":"a@b.be"}'),
    status: 415,
    message: /^Type de contenu manquant/,
  },
  {
    name: 'POST malformed JSON',
    path: '/api/subscribers',
    init: post('application/json', '{nope'),
    status: 400,
    message: /^JSON invalide/,
  },
  {
    name: 'login with a body of null',
    path: '/api/users/login',
    init: post('application/json', 'null'),
    status: 400,
    message: /^JSON invalide : le corps de la requête doit être un objet JSON/,
  },
]

describe('bad input over REST', () => {
  let context: TestPayload
  let guarded: RestServer
  let bare: RestServer

  beforeAll(async () => {
    context = await getTestPayload()
    guarded = await startRestServer(context.payload.config, { isGuarded: true })
    bare = await startRestServer(context.payload.config)
  })
  afterAll(async () => {
    await guarded?.close()
    await bare?.close()
    await context?.cleanup()
  })

  it.each(CASES)('should answer $name with $status and a French message', async (example) => {
    const response = await fetch(`${guarded.baseUrl}${example.path}`, example.init)
    const body = (await response.json()) as { errors: Array<{ message: string }> }
    expect({ status: response.status, message: body.errors[0].message }).toEqual({
      status: example.status,
      message: expect.stringMatching(example.message),
    })
  })

  it('should answer a validly signed webhook whose body is null with 400, even without the guard', async () => {
    const answers = []
    for (const server of [guarded, bare]) {
      const response = await fetch(`${server.baseUrl}/api/webhooks/resend`, signedWebhook('null'))
      answers.push(response.status)
    }
    expect(answers).toEqual([400, 400])
  })

  it('should answer a signed webhook whose event has no type with 400', async () => {
    const response = await fetch(`${bare.baseUrl}/api/webhooks/resend`, signedWebhook('{"data":1}'))
    expect(response.status).toBe(400)
  })

  it('should keep serving ordinary reads after every bad request', async () => {
    for (const example of CASES) await fetch(`${guarded.baseUrl}${example.path}`, example.init)
    const list = await fetch(`${guarded.baseUrl}/api/articles?limit=5&where[title][like]=Forum`)
    const health = (await (await fetch(`${guarded.baseUrl}/api/health`)).json()) as {
      checks: { database: { status: string } }
    }
    expect([list.status, health.checks.database.status]).toEqual([200, 'ok'])
  })

  it('should let the admin read relationship options as a POST form', async () => {
    const response = await fetch(
      `${guarded.baseUrl}/api/articles`,
      readAsPost('limit=10&depth=0&where[and][0][or][0][title][like]=Forum'),
    )
    expect(response.status).toBe(200)
  })

  it('should accept limit=0, which the admin’s bulk actions send', async () => {
    const response = await fetch(`${guarded.baseUrl}/api/articles?limit=0&depth=0`)
    expect(response.status).toBe(200)
  })
})
