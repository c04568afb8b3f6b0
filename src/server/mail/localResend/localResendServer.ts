import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { ResendErrorBody } from '@/domain/mail/resendRequest'
import { MAX_BATCH, validateApiEmail } from '@/domain/mail/resendRequest'
import { Outbox } from './outbox'
import { outboxEmailPage, outboxListPage } from './outboxPage'
import { IdempotencyStore, RateLimiter } from './requestGuards'
import type { WebhookTarget } from './webhookEmitter'
import { WebhookEmitter } from './webhookEmitter'

/**
 * Faults the local server can inject, to prove the sender survives a real provider's bad days.
 * Rates are shares of API requests (0–1); draws come from a seeded generator, so a test is repeatable.
 */
export type FaultSettings = {
  /** Answer 500 before accepting anything. */
  errorRate: number
  /** Accept the mails (and record the idempotent answer), then answer 500 anyway. */
  acceptThenFailRate: number
  /** Answer the next N requests with 429. */
  burst429: number
  /** Delay every API answer by this many milliseconds. */
  slowMs: number
  seed: number
}
export const NO_FAULTS: FaultSettings = {
  errorRate: 0,
  acceptThenFailRate: 0,
  burst429: 0,
  slowMs: 0,
  seed: 1,
}

/** Reads LOCAL_RESEND_FAULTS, e.g. "errorRate=0.2,acceptThenFailRate=0.1,burst429=3,slowMs=50". */
export function parseFaults(value: string | undefined): FaultSettings {
  const faults = { ...NO_FAULTS }
  for (const part of (value ?? '').split(',').filter(Boolean)) {
    const [name, raw] = part.split('=')
    if (name && name in faults && Number.isFinite(Number(raw)))
      (faults as Record<string, number>)[name] = Number(raw)
  }
  return faults
}

export type LocalResendServer = {
  url: string
  outbox: Outbox
  /** The signed events posted back to the app, when a webhook target was given. */
  webhooks: WebhookEmitter | null
  setFaults: (faults: Partial<FaultSettings>) => void
  close: () => Promise<void>
}

const MAX_BODY_BYTES = 40 * 1024 * 1024

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify(body))
}
const sendError = (response: http.ServerResponse, body: ResendErrorBody) =>
  sendJson(response, body.statusCode, body)

async function readBody(
  request: http.IncomingMessage,
): Promise<{ raw: string } | { error: ResendErrorBody }> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES)
      return {
        error: { statusCode: 413, name: 'validation_error', message: 'Request body too large.' },
      }
    chunks.push(chunk as Buffer)
  }
  return { raw: Buffer.concat(chunks).toString('utf8') }
}

function parseJson(raw: string): { value: unknown } | { error: ResendErrorBody } {
  try {
    return { value: JSON.parse(raw) }
  } catch {
    return {
      error: {
        statusCode: 400,
        name: 'validation_error',
        message: 'The request body is not valid JSON.',
      },
    }
  }
}

/** Resend answers 401 without a key and 403 with a malformed one. */
function checkApiKey(request: http.IncomingMessage): ResendErrorBody | null {
  const header = request.headers.authorization
  if (!header?.startsWith('Bearer ') || header.length <= 'Bearer '.length) {
    return {
      statusCode: 401,
      name: 'missing_api_key',
      message:
        'Missing API key in the authorization header. Include the following header Authorization: Bearer YOUR_API_KEY in the request.',
    }
  }
  return header.slice('Bearer '.length).startsWith('re_')
    ? null
    : { statusCode: 403, name: 'invalid_api_key', message: 'API key is invalid' }
}

/**
 * A local, Resend-compatible HTTP server: POST /emails, POST /emails/batch and GET /emails/:id with
 * Resend's request rules and error shapes, plus an outbox page at / listing every accepted mail.
 * Used by tests, by `npm run mail:local`, and by `npm start` when RESEND_API_KEY is unset.
 */
export async function startLocalResendServer({
  port = 0,
  host = '127.0.0.1',
  requestsPerSecond = 2,
  faults: initialFaults = NO_FAULTS,
  webhook,
  keepBodies = true,
}: {
  port?: number
  host?: string
  requestsPerSecond?: number
  faults?: Partial<FaultSettings>
  webhook?: WebhookTarget
  keepBodies?: boolean
} = {}): Promise<LocalResendServer> {
  const outbox = new Outbox(keepBodies)
  const webhooks = webhook ? new WebhookEmitter(webhook) : null
  const accept = (email: Parameters<Outbox['add']>[0]) => {
    const stored = outbox.add(email)
    webhooks?.enqueue(stored)
    return stored
  }
  let faults: FaultSettings = { ...NO_FAULTS, ...initialFaults }
  let burstLeft = faults.burst429
  let seed = faults.seed
  // mulberry32: small, seeded, good enough to spread faults.
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const idempotency = new IdempotencyStore()
  const rateLimiter = new RateLimiter(requestsPerSecond)
  type Answer = { status: number; body: unknown }
  const errorAnswer = (error: ResendErrorBody): Answer => ({
    status: error.statusCode,
    body: error,
  })

  const acceptEmail = (raw: string): Answer => {
    const parsed = parseJson(raw)
    if ('error' in parsed) return errorAnswer(parsed.error)
    const checked = validateApiEmail(parsed.value)
    if ('error' in checked) return errorAnswer(checked.error)
    return { status: 200, body: { id: accept(checked.email).id } }
  }

  const acceptBatch = (raw: string, isPermissive: boolean): Answer => {
    const parsed = parseJson(raw)
    if ('error' in parsed) return errorAnswer(parsed.error)
    if (!Array.isArray(parsed.value))
      return errorAnswer({
        statusCode: 422,
        name: 'validation_error',
        message: 'The request body must be an array of emails.',
      })
    if (parsed.value.length === 0 || parsed.value.length > MAX_BATCH) {
      return errorAnswer({
        statusCode: 422,
        name: 'validation_error',
        message: `A batch holds 1 to ${MAX_BATCH} emails.`,
      })
    }
    const checked = parsed.value.map((email) => validateApiEmail(email, { isBatch: true }))
    const firstError = checked.findIndex((result) => 'error' in result)
    if (firstError >= 0 && !isPermissive) {
      const { error } = checked[firstError] as { error: ResendErrorBody }
      return errorAnswer({ ...error, message: `emails[${firstError}]: ${error.message}` })
    }
    const data: Array<{ id: string }> = []
    const errors: Array<{ index: number; message: string }> = []
    checked.forEach((result, index) => {
      if ('error' in result) errors.push({ index, message: result.error.message })
      else data.push({ id: accept(result.email).id })
    })
    return { status: 200, body: isPermissive ? { data, errors } : { data } }
  }

  const server = http.createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://local')
      const route = `${request.method} ${url.pathname.replace(/\/+$/, '') || '/'}`
      if (route === 'GET /') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        return response.end(outboxListPage(outbox.all()))
      }
      const outboxMatch = /^GET \/outbox\/([\w-]+)(\/html|\/text)?$/.exec(route)
      if (outboxMatch) {
        const email = outbox.find(outboxMatch[1] as string)
        if (!email)
          return sendError(response, {
            statusCode: 404,
            name: 'not_found',
            message: 'Email not found',
          })
        if (outboxMatch[2] === '/html') {
          // The mail's own HTML, shown in a sandboxed frame: no script runs.
          response.writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': 'sandbox; script-src none',
          })
          return response.end(email.html ?? '')
        }
        if (outboxMatch[2] === '/text') {
          response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
          return response.end(email.text ?? '')
        }
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        return response.end(outboxEmailPage(email))
      }
      if (route === 'GET /api/outbox') return sendJson(response, 200, { data: outbox.all() })
      if (route === 'POST /api/faults') {
        const body = await readBody(request)
        const parsed = 'raw' in body ? parseJson(body.raw) : body
        if ('error' in parsed) return sendError(response, parsed.error)
        faults = { ...faults, ...(parsed.value as Partial<FaultSettings>) }
        burstLeft = faults.burst429
        return sendJson(response, 200, faults)
      }
      if (route === 'DELETE /api/outbox') {
        outbox.clear()
        return sendJson(response, 200, { data: [] })
      }

      const isApi = url.pathname.startsWith('/emails')
      if (!isApi)
        return sendError(response, {
          statusCode: 404,
          name: 'not_found',
          message: 'The requested endpoint does not exist.',
        })
      const keyError = checkApiKey(request)
      if (keyError) return sendError(response, keyError)

      if (route === 'POST /emails' || route === 'POST /emails/batch') {
        if (faults.slowMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.slowMs))
        if (burstLeft > 0) {
          burstLeft -= 1
          response.setHeader('retry-after', '1')
          return sendError(response, {
            statusCode: 429,
            name: 'rate_limit_exceeded',
            message: 'Too many requests (injected burst).',
          })
        }
        if (random() < faults.errorRate) {
          return sendError(response, {
            statusCode: 500,
            name: 'internal_server_error',
            message: 'Injected failure before accepting.',
          })
        }
        const limit = rateLimiter.check()
        if (!limit.isAllowed) {
          response.setHeader('retry-after', String(limit.retryAfterSeconds))
          response.setHeader('ratelimit-limit', String(requestsPerSecond))
          response.setHeader('ratelimit-remaining', '0')
          return sendError(response, {
            statusCode: 429,
            name: 'rate_limit_exceeded',
            message:
              'Too many requests. You can only make 2 requests per second. See rate limit response headers for more information. Or contact support to increase rate limit.',
          })
        }
        const body = await readBody(request)
        if ('error' in body) return sendError(response, body.error)
        const key = request.headers['idempotency-key']
        const idempotencyKey = typeof key === 'string' && key ? key : null
        if (idempotencyKey) {
          const started = idempotency.begin({ key: idempotencyKey, body: `${route}\n${body.raw}` })
          if (started.kind === 'error') return sendError(response, started.error)
          if (started.kind === 'replay') return sendJson(response, started.status, started.body)
        }
        const answer =
          route === 'POST /emails'
            ? acceptEmail(body.raw)
            : acceptBatch(body.raw, request.headers['x-batch-validation'] === 'permissive')
        if (idempotencyKey)
          idempotency.finish({ key: idempotencyKey, status: answer.status, body: answer.body })
        if (answer.status === 200 && random() < faults.acceptThenFailRate) {
          return sendError(response, {
            statusCode: 500,
            name: 'internal_server_error',
            message: 'Injected failure after accepting.',
          })
        }
        return sendJson(response, answer.status, answer.body)
      }
      const emailMatch = /^GET \/emails\/([\w-]+)$/.exec(route)
      if (emailMatch) {
        const email = outbox.find(emailMatch[1] as string)
        return email
          ? sendJson(response, 200, email)
          : sendError(response, { statusCode: 404, name: 'not_found', message: 'Email not found' })
      }
      return sendError(response, {
        statusCode: 405,
        name: 'method_not_allowed',
        message: 'Method not allowed',
      })
    } catch (error) {
      sendError(response, {
        statusCode: 500,
        name: 'internal_server_error',
        message: String((error as Error).message ?? error),
      })
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const address = server.address() as AddressInfo
  return {
    url: `http://${host}:${address.port}`,
    outbox,
    webhooks,
    setFaults: (next) => {
      faults = { ...faults, ...next }
      burstLeft = faults.burst429
      seed = faults.seed
    },
    close: () => {
      webhooks?.stop()
      const closed = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      )
      // Keep-alive sockets (a browser on the outbox page, the sender's HTTP agent) would hold the
      // port open for their idle timeout: idle ones go now, busy ones once their answer is out.
      server.closeIdleConnections()
      const force = setTimeout(() => server.closeAllConnections(), 2000)
      force.unref()
      return closed.finally(() => clearTimeout(force))
    },
  }
}
