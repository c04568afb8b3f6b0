import { webhookSecret } from '@/server/webhooks/webhookSecret'
import { BAD_REQUESTS, readAsPost, signedWebhook } from '../../helpers/badRequests'
import type { RestServer } from '../../helpers/restServer'
import { startRestServer } from '../../helpers/restServer'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'

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

  it.each(BAD_REQUESTS)(
    'should answer $name with $status and a French message',
    async (example) => {
      const response = await fetch(`${guarded.baseUrl}${example.path}`, example.init)
      const body = (await response.json()) as { errors: Array<{ message: string }> }
      expect({ status: response.status, message: body.errors[0].message }).toEqual({
        status: example.status,
        message: expect.stringMatching(example.message),
      })
    },
  )

  it('should answer a validly signed webhook whose body is null with 400, even without the guard', async () => {
    const answers = []
    for (const server of [guarded, bare]) {
      const response = await fetch(
        `${server.baseUrl}/api/webhooks/resend`,
        signedWebhook({ secret: webhookSecret(), body: 'null' }),
      )
      answers.push(response.status)
    }
    expect(answers).toEqual([400, 400])
  })

  it('should answer a signed webhook whose event has no type with 400', async () => {
    const response = await fetch(
      `${bare.baseUrl}/api/webhooks/resend`,
      signedWebhook({ secret: webhookSecret(), body: '{"data":1}' }),
    )
    expect(response.status).toBe(400)
  })

  it('should keep serving ordinary reads after every bad request', async () => {
    for (const example of BAD_REQUESTS)
      await fetch(`${guarded.baseUrl}${example.path}`, example.init)
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
