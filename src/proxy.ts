import { NextResponse } from 'next/server'
import type { NextRequest } from 'next/server'

import { readEnv } from '@/config/env'
import { isHttpsUrl, publicOrigins } from '@/domain/http/publicOrigins'
import { routeKind, securityHeaders } from '@/domain/http/securityHeaders'

/** SERVER_URL is read at run time (not at build time): one build serves http and https setups. */
let site: { isHttps: boolean; origins: string[] } | undefined
function siteSettings() {
  if (!site) {
    const { serverUrl } = readEnv()
    site = { isHttps: isHttpsUrl(serverUrl), origins: publicOrigins(serverUrl) }
  }
  return site
}

/**
 * Next 16's proxy (formerly middleware), in front of every route: the security headers of
 * src/domain/http/securityHeaders.ts, and for pages a fresh CSP nonce, passed to Next in the
 * request's own Content-Security-Policy header (Next reads the nonce there and puts it on its
 * scripts).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const headers = securityHeaders({
    pathname,
    search,
    nonce,
    isDevelopment: process.env.NODE_ENV === 'development',
    ...siteSettings(),
  })
  const kind = routeKind(pathname)
  let response = NextResponse.next()
  if (kind === 'page' || kind === 'admin') {
    const requestHeaders = new Headers(request.headers)
    requestHeaders.set('content-security-policy', headers['content-security-policy'])
    requestHeaders.set('x-nonce', nonce)
    response = NextResponse.next({ request: { headers: requestHeaders } })
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}
