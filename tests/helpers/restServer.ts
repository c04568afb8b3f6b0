import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { SanitizedConfig } from 'payload'
import { handleEndpoints } from 'payload'

import { guardRest } from '@/server/http/restGuard'

export type RestServer = { baseUrl: string; close: () => Promise<void> }

/**
 * A real HTTP server in front of Payload's REST handler (`handleEndpoints`, the function the
 * app's Next route /api/[...slug] calls), on a free loopback port. `isGuarded` puts the route's
 * guard in front as the app does (src/server/http/restGuard.ts: rate limits, bad input).
 */
export async function startRestServer(
  config: SanitizedConfig | Promise<SanitizedConfig>,
  { isGuarded = false }: { isGuarded?: boolean } = {},
): Promise<RestServer> {
  const rest = (request: Request) => handleEndpoints({ config, request })
  const handle = isGuarded ? guardRest({ config, handler: rest }) : rest
  const server = http.createServer(async (incoming, outgoing) => {
    try {
      const chunks: Buffer[] = []
      for await (const chunk of incoming) chunks.push(chunk as Buffer)
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
      const headers = new Headers()
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (typeof value === 'string') headers.set(name, value)
      }
      // As npm start's front does (scripts/lib/appendConnectionAddress.mjs): rate limits read it.
      const connection = incoming.socket.remoteAddress ?? 'unknown'
      const forwardedFor = headers.get('x-forwarded-for')
      headers.set('x-forwarded-for', forwardedFor ? `${forwardedFor}, ${connection}` : connection)
      const request = new Request(`http://${incoming.headers.host}${incoming.url}`, {
        method: incoming.method,
        headers,
        body: incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : body,
      })
      const response = await handle(request, {})
      outgoing.statusCode = response.status
      response.headers.forEach((value, name) => outgoing.setHeader(name, value))
      outgoing.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      outgoing.statusCode = 500
      outgoing.end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  }
}

/** Logs in through REST and returns the Authorization header value. */
export async function loginHeader({
  baseUrl,
  email,
  password,
}: {
  baseUrl: string
  email: string
  password: string
}): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string }
  if (!response.ok || !body.token)
    throw new Error(`Connexion REST refusée pour ${email} (${response.status})`)
  return `JWT ${body.token}`
}
