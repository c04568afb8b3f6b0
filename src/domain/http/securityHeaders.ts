/**
 * The security headers of every answer of the app, decided from its URL alone (the proxy sets them
 * before any route runs, and Next keeps a header the proxy set over the route's own).
 *
 * - Pages (public site and admin) get a nonce-based Content-Security-Policy: only scripts carrying
 *   this request's nonce run, and the scripts they load ('strict-dynamic'), so an injected
 *   `<script>` or `onclick=` never runs. Next puts the nonce on its own scripts when it finds it in
 *   the request's CSP. JSON-LD blocks are data, not scripts: CSP does not apply to them.
 * - Styles allow 'unsafe-inline': React's `style={…}` attributes cannot carry a nonce, nor can the
 *   `<style>` of the small pages written by route handlers, nor the styles Payload's admin injects
 *   at run time. A style cannot run code.
 * - Everything else (REST answers, feeds, files, scripts) gets `default-src 'none'`: a file that a
 *   browser would render anyway (an upload, an error page) can load nothing and run nothing.
 * - The email preview (/api/issues/:id/preview) is the one answer framed, by the admin: same origin
 *   only, in a sandbox without scripts.
 */

export type SecurityHeadersInput = {
  pathname: string
  /** The query string (with or without `?`): a `token` in it means no Referer may carry the URL. */
  search: string
  /** A fresh random value for this request (base64), used by pages only. */
  nonce: string
  /** SERVER_URL is https: HSTS and upgrade-insecure-requests. */
  isHttps: boolean
  /** `next dev`: React needs eval there for its error overlays. */
  isDevelopment: boolean
  /** The origins of the app (see publicOrigins): forms may post to them, images come from them. */
  origins: readonly string[]
}

export type RouteKind = 'page' | 'admin' | 'preview' | 'resource'

/** Pages reached from a subscriber's or member's personal link, and everything below them. */
const TOKEN_PATHS = [
  '/newsletter/confirmer',
  '/newsletter/desinscription',
  '/newsletter/abonnement',
  '/newsletter/effacement',
  '/calendars/members',
]
const PREVIEW_PATH = /^\/api\/issues\/[^/]+\/preview$/

/** Monaco, Payload's editor for JSON fields, loads its styles and fonts from this CDN. */
const MONACO_CDN = 'https://cdn.jsdelivr.net'

export const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()'
export const HSTS = 'max-age=31536000; includeSubDomains'

/**
 * What an URL serves, as far as headers are concerned.
 *
 * @example routeKind('/admin/collections/issues') // 'admin'
 * @example routeKind('/calendars/agenda.ics') // 'resource'
 */
export function routeKind(pathname: string): RouteKind {
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return 'admin'
  if (PREVIEW_PATH.test(pathname)) return 'preview'
  if (pathname === '/api' || pathname.startsWith('/api/') || pathname.startsWith('/_next/static/'))
    return 'resource'
  // A file name with an extension: feeds (.ics), favicon, robots.txt, sitemap.xml, feed.xml.
  if (/\.[a-z0-9]+$/i.test(pathname.slice(pathname.lastIndexOf('/') + 1))) return 'resource'
  return 'page'
}

/**
 * Whether the URL carries a secret (a subscriber's link, a member's feed, a meeting's `?token=`):
 * its page must not send it on in a Referer header.
 *
 * @example carriesToken({ pathname: '/events/meetings/4.ics', search: '?token=abc' }) // true
 */
export function carriesToken({ pathname, search }: { pathname: string; search: string }): boolean {
  if (TOKEN_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`))) return true
  return new URLSearchParams(search).has('token')
}

function policy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')
}

function contentSecurityPolicy(kind: RouteKind, input: SecurityHeadersInput): string {
  const { nonce, isHttps, isDevelopment } = input
  // CSP has no syntax for IPv6 literals: Chromium reports `http://[::1]:3000` as invalid. A page
  // opened at [::1] still has 'self'.
  const origins = input.origins.filter((origin) => !origin.includes('['))
  if (kind === 'resource')
    return policy({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] })
  if (kind === 'preview')
    return policy({
      sandbox: [],
      'default-src': ["'none'"],
      'style-src': ["'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'https:', ...origins],
      'font-src': ["'self'", 'data:', 'https:'],
      'frame-ancestors': ["'self'"],
    })
  const isAdmin = kind === 'admin'
  return policy({
    'default-src': ["'self'"],
    'script-src': [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(isDevelopment ? ["'unsafe-eval'"] : []),
    ],
    'style-src': ["'self'", "'unsafe-inline'", ...(isAdmin ? [MONACO_CDN] : [])],
    // Uploads are linked through SERVER_URL; the admin previews a chosen file as a blob.
    'img-src': ["'self'", 'data:', 'blob:', ...origins],
    'font-src': ["'self'", 'data:', ...(isAdmin ? [MONACO_CDN] : [])],
    'connect-src': ["'self'", ...origins],
    // The admin frames its own email preview; public pages frame nothing.
    'frame-src': isAdmin ? ["'self'"] : ["'none'"],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    // A form may post to SERVER_URL's address when the page was opened under another name.
    'form-action': ["'self'", ...origins],
    'frame-ancestors': ["'none'"],
    ...(isHttps ? { 'upgrade-insecure-requests': [] } : {}),
  })
}

/**
 * Every security header of one answer, names in lower case.
 *
 * @example securityHeaders({ pathname: '/newsletter', search: '', nonce: 'abc', isHttps: true,
 *   isDevelopment: false, origins: ['https://actunipso.unipso.be'] })['strict-transport-security']
 * // 'max-age=31536000; includeSubDomains'
 */
export function securityHeaders(input: SecurityHeadersInput): Record<string, string> {
  const kind = routeKind(input.pathname)
  const isDocument = kind === 'page' || kind === 'admin'
  return {
    'content-security-policy': contentSecurityPolicy(kind, input),
    'x-frame-options': kind === 'preview' ? 'SAMEORIGIN' : 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': carriesToken(input) ? 'no-referrer' : 'strict-origin-when-cross-origin',
    'permissions-policy': PERMISSIONS_POLICY,
    ...(isDocument ? { 'cross-origin-opener-policy': 'same-origin' } : {}),
    ...(input.isHttps ? { 'strict-transport-security': HSTS } : {}),
  }
}
