import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { readEnv } from '@/config/env'
import { clientAddress } from '@/domain/http/clientAddress'

/**
 * Per-client limits of the public forms and of login: 10 requests a minute per client address,
 * counted in this process's memory (rate-limiter-flexible's memory store). Per instance: behind a
 * load balancer with N instances a client may get up to N times the limit.
 */
export const RATE_LIMITS = {
  login: { points: 10, duration: 60 },
  'forgot-password': { points: 10, duration: 60 },
  subscribe: { points: 10, duration: 60 },
  confirm: { points: 10, duration: 60 },
} as const

export type RateLimitBucket = keyof typeof RATE_LIMITS

const limiters = new Map<RateLimitBucket, RateLimiterMemory>()

function limiter(bucket: RateLimitBucket): RateLimiterMemory {
  let found = limiters.get(bucket)
  if (!found) {
    found = new RateLimiterMemory({ keyPrefix: bucket, ...RATE_LIMITS[bucket] })
    limiters.set(bucket, found)
  }
  return found
}

/** The address this request is counted under (see src/domain/http/clientAddress.ts). */
export function requestClientAddress(headers: Headers): string {
  return clientAddress({
    forwardedFor: headers.get('x-forwarded-for'),
    trustedProxies: readEnv().TRUST_PROXY,
  })
}

const MESSAGE = 'Trop de tentatives depuis votre adresse : réessayez dans une minute.'

function tooManyRequests({ as, retryAfter }: { as: 'page' | 'json'; retryAfter: number }) {
  const headers = { 'retry-after': String(retryAfter), 'cache-control': 'no-store' }
  if (as === 'json')
    return Response.json(
      { errors: [{ message: MESSAGE }], error: MESSAGE, code: 'rate_limited' },
      {
        status: 429,
        headers,
      },
    )
  const page = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trop de tentatives – #ActUNIPSO</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Trop de tentatives</h1>
<p>${MESSAGE}</p>
<p><a href="/">Retour à l’accueil</a></p>
</body>
</html>`
  return new Response(page, {
    status: 429,
    headers: { ...headers, 'content-type': 'text/html; charset=utf-8' },
  })
}

/**
 * Counts one request of this client in `bucket`: null while under the limit, otherwise the 429
 * answer to send (a French HTML page for pages, French JSON for the API, with Retry-After).
 *
 * @example
 * const refused = await limitPerClient({ headers: request.headers, bucket: 'subscribe', as: 'page' })
 * if (refused) return refused
 */
export async function limitPerClient({
  headers,
  bucket,
  as,
}: {
  headers: Headers
  bucket: RateLimitBucket
  as: 'page' | 'json'
}): Promise<Response | null> {
  try {
    await limiter(bucket).consume(requestClientAddress(headers))
    return null
  } catch (rejection) {
    // The memory store only rejects with a RateLimiterRes; anything else is a real error.
    if (!(rejection instanceof RateLimiterRes)) throw rejection
    return tooManyRequests({
      as,
      retryAfter: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
    })
  }
}
