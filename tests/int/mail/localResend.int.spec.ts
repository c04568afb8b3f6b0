import { MailerError } from '@/domain/errors'
import type { LocalResendServer } from '@/server/mail/localResend/localResendServer'
import { startLocalResendServer } from '@/server/mail/localResend/localResendServer'
import type { Mailer } from '@/server/mail/mailer'
import { localMailer } from '../../helpers/localMailer'

const message = {
  to: ['anne@example.org'],
  subject: 'Essai <b>1</b>',
  html: '<p>Bonjour</p>',
  text: 'Bonjour',
}

describe('local Resend-compatible server', () => {
  let server: LocalResendServer
  let mailer: Mailer

  beforeAll(async () => {
    // These tests are about request rules; the rate limit has its own tests below.
    server = await startLocalResendServer({ requestsPerSecond: 0 })
    mailer = localMailer(server.url)
  })
  beforeEach(() => server.outbox.clear())
  afterAll(async () => {
    await server?.close()
  })

  it('should accept a mail sent through the Resend SDK and list it in the outbox', async () => {
    const { id } = await mailer.send(message)
    const response = await fetch(`${server.url}/api/outbox`)
    const { data } = (await response.json()) as {
      data: Array<{ id: string; to: string[]; subject: string; from: string }>
    }
    expect(data.map((mail) => [mail.id, mail.to, mail.subject, mail.from])).toEqual([
      [id, ['anne@example.org'], 'Essai <b>1</b>', '#ActUNIPSO <actunipso@unipso.local>'],
    ])
  })

  it('should show the outbox page in French with subjects escaped', async () => {
    await mailer.send(message)
    const html = await (await fetch(`${server.url}/`)).text()
    expect([
      html.includes('Boîte d’envoi locale'),
      html.includes('les courriels ci-dessous n’ont pas quitté cette machine'),
      html.includes('Essai &lt;b&gt;1&lt;/b&gt;'),
      html.includes('<b>1</b>'),
    ]).toEqual([true, true, true, false])
  })

  it('should return a stored mail by id like GET /emails/:id', async () => {
    const { id } = await mailer.send(message)
    const response = await fetch(`${server.url}/emails/${id}`, {
      headers: { authorization: 'Bearer re_test' },
    })
    const body = (await response.json()) as { id: string; object: string; text: string }
    expect([response.status, body.id, body.object, body.text]).toEqual([
      200,
      id,
      'email',
      'Bonjour',
    ])
  })

  it('should answer 401 missing_api_key without an Authorization header', async () => {
    const response = await fetch(`${server.url}/emails`, { method: 'POST', body: '{}' })
    const body = (await response.json()) as { name: string; statusCode: number }
    expect([response.status, body.name, body.statusCode]).toEqual([401, 'missing_api_key', 401])
  })

  it('should answer 403 invalid_api_key for a key that is not a Resend key', async () => {
    const response = await fetch(`${server.url}/emails`, {
      method: 'POST',
      headers: { authorization: 'Bearer abc' },
      body: '{}',
    })
    expect(response.status).toBe(403)
  })

  it('should turn a refused mail into a MailerError with Resend’s code, and store nothing', async () => {
    const error = await mailer
      .send({ ...message, to: ['pas-une-adresse'] })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(MailerError)
    expect([
      (error as MailerError).code,
      (error as MailerError).statusCode,
      (error as MailerError).isRetryable,
    ]).toEqual(['validation_error', 422, false])
    expect(server.outbox.all()).toEqual([])
  })

  it('should refuse a mail without subject with missing_required_field', async () => {
    const error = (await mailer
      .send({ ...message, subject: '' })
      .catch((caught: unknown) => caught)) as MailerError
    expect([error.code, error.statusCode]).toEqual(['missing_required_field', 422])
  })

  it('should accept a batch and answer one id per mail, in order', async () => {
    const { ids } = await mailer.sendBatch([message, { ...message, to: ['bob@example.org'] }])
    expect(server.outbox.all().map((mail) => [mail.id, mail.to[0]])).toEqual([
      [ids[0], 'anne@example.org'],
      [ids[1], 'bob@example.org'],
    ])
  })

  it('should refuse a whole strict batch when one mail is invalid', async () => {
    const error = (await mailer
      .sendBatch([message, { ...message, to: ['x'] }])
      .catch((caught: unknown) => caught)) as MailerError
    expect([error.code, error.message.includes('emails[1]'), server.outbox.all().length]).toEqual([
      'validation_error',
      true,
      0,
    ])
  })

  it('should refuse a batch of more than 100 mails', async () => {
    const error = (await mailer
      .sendBatch(Array.from({ length: 101 }, () => message))
      .catch((caught: unknown) => caught)) as MailerError
    expect([error.code, error.statusCode]).toEqual(['validation_error', 422])
  })

  it('should keep the valid mails of a permissive batch and report the others by index', async () => {
    const response = await fetch(`${server.url}/emails/batch`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer re_test',
        'content-type': 'application/json',
        'x-batch-validation': 'permissive',
      },
      body: JSON.stringify([
        { from: 'a@unipso.local', to: 'x@example.org', subject: 'A', text: 'a' },
        { from: 'a@unipso.local', to: 'nope', subject: 'B', text: 'b' },
      ]),
    })
    const body = (await response.json()) as {
      data: Array<{ id: string }>
      errors: Array<{ index: number }>
    }
    expect([response.status, body.data.length, body.errors.map((e) => e.index)]).toEqual([
      200,
      1,
      [1],
    ])
  })

  it('should report a network failure as a retryable MailerError', async () => {
    const offline = localMailer('http://127.0.0.1:9', 'a@unipso.local')
    const error = (await offline.send(message).catch((caught: unknown) => caught)) as MailerError
    expect([error.code, error.isRetryable]).toEqual(['application_error', true])
  })
})

describe('local Resend-compatible server, idempotency and rate limit', () => {
  let server: LocalResendServer
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/emails`, {
      method: 'POST',
      headers: { authorization: 'Bearer re_test', 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    })
  const mail = { from: 'a@unipso.local', to: 'x@example.org', subject: 'A', text: 'a' }

  beforeEach(async () => {
    server = await startLocalResendServer({ requestsPerSecond: 2 })
  })
  afterEach(async () => {
    await server?.close()
  })

  it('should replay the first answer for the same key and body, without a new mail', async () => {
    const first = (await (await post(mail, { 'idempotency-key': 'k1' })).json()) as { id: string }
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const second = (await (await post(mail, { 'idempotency-key': 'k1' })).json()) as { id: string }
    expect([second.id === first.id, server.outbox.all().length]).toEqual([true, 1])
  })

  it('should answer 409 invalid_idempotent_request for the same key with another body', async () => {
    await post(mail, { 'idempotency-key': 'k2' })
    const response = await post({ ...mail, subject: 'B' }, { 'idempotency-key': 'k2' })
    const body = (await response.json()) as { name: string }
    expect([response.status, body.name, server.outbox.all().length]).toEqual([
      409,
      'invalid_idempotent_request',
      1,
    ])
  })

  it('should answer 429 with retry-after beyond 2 requests per second', async () => {
    const statuses = []
    let retryAfter: string | null = null
    for (let index = 0; index < 3; index += 1) {
      const response = await post(mail)
      statuses.push(response.status)
      retryAfter ??= response.headers.get('retry-after')
    }
    expect([statuses, retryAfter]).toEqual([[200, 200, 429], '1'])
  })

  it('should let the mailer wait out a 429 and deliver every mail once', async () => {
    const mailer = localMailer(server.url, 'a@unipso.local')
    await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        mailer.send({ to: [`p${index}@example.org`], subject: 'S', html: '<p>x</p>', text: 'x' }),
      ),
    )
    expect(
      server.outbox
        .all()
        .map((entry) => entry.to[0])
        .sort(),
    ).toEqual([
      'p0@example.org',
      'p1@example.org',
      'p2@example.org',
      'p3@example.org',
      'p4@example.org',
    ])
  })
})
