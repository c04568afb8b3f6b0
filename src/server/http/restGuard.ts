import type { Payload, SanitizedCollectionConfig, SanitizedConfig } from 'payload'
import { getPayload } from 'payload'

import type { RequestProblem } from '@/domain/http/restRequestProblem'
import {
  contentTypeProblem,
  documentIdProblem,
  jsonBodyProblem,
  queryProblem,
} from '@/domain/http/restRequestProblem'
import { matchEndpointPath } from '@/domain/http/matchEndpointPath'
import { errorResponse } from './errorResponse'
import type { RateLimitBucket } from './rateLimit'
import { limitPerClient } from './rateLimit'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

/** Payload's REST paths (under /api) counted per client before anything else. */
const LIMITED: Record<string, RateLimitBucket> = {
  '/users/login': 'login',
  '/users/forgot-password': 'forgot-password',
}

/** Answers a forgot-password request at once, whatever the address (see guardRest). */
const FORGOT_PASSWORD_ANSWER =
  'Si un compte existe pour cette adresse, un lien pour choisir un nouveau mot de passe vient d’y être envoyé.'

export function problemResponse(problem: RequestProblem): Response {
  // `errors[0].message` as Payload answers (the admin reads it), `error` as our endpoints do.
  return Response.json(
    { errors: [{ message: problem.message }], error: problem.message, code: problem.code },
    { status: problem.status, headers: { 'cache-control': 'no-store' } },
  )
}

function hasBody(request: Request): boolean {
  const length = request.headers.get('content-length')
  return length !== null ? length !== '0' : request.headers.has('transfer-encoding')
}

/** The path under the API route: `/api/articles/12` → `/articles/12`. */
function apiPathOf({ pathname, apiRoute }: { pathname: string; apiRoute: string }): string | null {
  if (pathname !== apiRoute && !pathname.startsWith(`${apiRoute}/`)) return null
  return pathname.slice(apiRoute.length) || '/'
}

/** The `:id` the endpoint Payload will route this request to reads, if any. */
function routedId({
  payload,
  method,
  apiPath,
}: {
  payload: Payload
  method: string
  apiPath: string
}): string | null {
  const [first, second] = apiPath.split('/').filter(Boolean)
  const isGlobal = first === 'globals'
  const slug = isGlobal ? second : first
  const entity = isGlobal
    ? payload.globals.config.find((global) => global.slug === slug)
    : (payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[
        slug
      ]?.config
  if (!entity || !entity.endpoints) return null
  const rest = apiPath.slice(`${isGlobal ? '/globals' : ''}/${slug}`.length) || '/'
  for (const endpoint of entity.endpoints) {
    if (endpoint.method !== method.toLowerCase()) continue
    const params = matchEndpointPath({ pattern: endpoint.path, path: rest })
    if (params) return params.id ?? null
  }
  return null
}

/** The problem of a request Payload must not see, or null. Reads a clone of the body. */
async function requestProblem({
  request,
  apiPath,
  payload,
}: {
  request: Request
  apiPath: string
  payload: Payload
}): Promise<RequestProblem | null> {
  const method = request.method.toUpperCase()
  const override =
    request.headers.get('x-payload-http-method-override') ??
    request.headers.get('x-http-method-override')
  const isMethodOverride = method === 'POST' && override?.toUpperCase() === 'GET'
  const contentType = request.headers.get('content-type')
  const bodyType = (contentType ?? '').split(';')[0].trim().toLowerCase()
  const withBody = hasBody(request)
  const problem =
    queryProblem(new URL(request.url).searchParams) ??
    contentTypeProblem({ method, apiPath, contentType, hasBody: withBody, isMethodOverride })
  if (problem) return problem
  if (withBody && bodyType === 'application/json') {
    const jsonProblem = jsonBodyProblem(await request.clone().text())
    if (jsonProblem) return jsonProblem
  }
  if (withBody && isMethodOverride && bodyType === 'application/x-www-form-urlencoded') {
    const overrideProblem = queryProblem(new URLSearchParams(await request.clone().text()))
    if (overrideProblem) return overrideProblem
  }
  const id = routedId({ payload, method: isMethodOverride ? 'GET' : method, apiPath })
  const idType = payload.db.defaultIDType === 'number' ? 'number' : 'text'
  return id === null ? null : documentIdProblem({ id, idType })
}

/**
 * Wraps Payload's REST route handlers (src/app/(payload)/api/[...slug]/route.ts): per-client
 * limits on login and forgot-password, then the checks of src/domain/http/restRequestProblem.ts
 * (query bounds, body types, JSON, ids), answered 4xx in French before Payload runs, and a French
 * 500 for anything Payload lets escape. Forgot-password answers at once and runs behind the
 * answer, so its time says nothing about the address.
 */
export function guardRest<Context>({
  config,
  handler,
}: {
  config: SanitizedConfig | Promise<SanitizedConfig>
  handler: RouteHandler<Context>
}): RouteHandler<Context> {
  return async (request, context) => {
    const payload = await getPayload({ config })
    try {
      const { pathname } = new URL(request.url)
      const apiPath = apiPathOf({ pathname, apiRoute: payload.config.routes.api ?? '/api' })
      if (apiPath === null) return await handler(request, context)
      const bucket = request.method.toUpperCase() === 'POST' ? LIMITED[apiPath] : undefined
      if (bucket) {
        const refused = await limitPerClient({ headers: request.headers, bucket, as: 'json' })
        if (refused) return refused
      }
      const problem = await requestProblem({ request, apiPath, payload })
      if (problem) return problemResponse(problem)
      if (bucket === 'forgot-password') {
        void handler(request, context).then(
          async (response) => {
            if (response.status >= 500)
              payload.logger.error({ msg: 'Mot de passe oublié : échec', status: response.status })
          },
          (error: unknown) =>
            payload.logger.error({ err: error, msg: 'Mot de passe oublié : échec' }),
        )
        return Response.json(
          { message: FORGOT_PASSWORD_ANSWER },
          { headers: { 'cache-control': 'no-store' } },
        )
      }
      return await handler(request, context)
    } catch (error) {
      return errorResponse({ error, logger: payload.logger })
    }
  }
}
