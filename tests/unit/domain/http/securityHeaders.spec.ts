import {
  carriesToken,
  HSTS,
  PERMISSIONS_POLICY,
  routeKind,
  securityHeaders,
} from '@/domain/http/securityHeaders'
import type { SecurityHeadersInput } from '@/domain/http/securityHeaders'

const LOCAL: Omit<SecurityHeadersInput, 'pathname'> = {
  search: '',
  nonce: 'bm9uY2U=',
  isHttps: false,
  isDevelopment: false,
  origins: ['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000'],
}
const PUBLIC: Omit<SecurityHeadersInput, 'pathname'> = {
  ...LOCAL,
  isHttps: true,
  origins: ['https://actunipso.unipso.be'],
}

/** The directives of a policy, by name. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split('; ').map((directive) => {
      const [name, ...values] = directive.split(' ')
      return [name, values]
    }),
  )
}

describe('routeKind', () => {
  it('should tell pages, the admin, the preview and other answers apart', () => {
    expect(
      [
        '/',
        '/newsletter',
        '/actunipso/2020-02',
        '/events/conferences/forum-2020',
        '/admin',
        '/admin/collections/issues/3',
        '/api/issues/3/preview',
        '/api/issues/3/preview.txt',
        '/api/health',
        '/api/users/login',
        '/calendars/agenda.ics',
        '/calendars/members/abc.def.ics',
        '/events/meetings/4.ics',
        '/_next/static/chunks/main.js',
        '/robots.txt',
        '/administration',
      ].map((path) => [path, routeKind(path)]),
    ).toStrictEqual([
      ['/', 'page'],
      ['/newsletter', 'page'],
      ['/actunipso/2020-02', 'page'],
      ['/events/conferences/forum-2020', 'page'],
      ['/admin', 'admin'],
      ['/admin/collections/issues/3', 'admin'],
      ['/api/issues/3/preview', 'preview'],
      ['/api/issues/3/preview.txt', 'resource'],
      ['/api/health', 'resource'],
      ['/api/users/login', 'resource'],
      ['/calendars/agenda.ics', 'resource'],
      ['/calendars/members/abc.def.ics', 'resource'],
      ['/events/meetings/4.ics', 'resource'],
      ['/_next/static/chunks/main.js', 'resource'],
      ['/robots.txt', 'resource'],
      ['/administration', 'page'],
    ])
  })
})

describe('carriesToken', () => {
  it('should flag the subscriber pages, member feeds and any ?token= URL, and nothing else', () => {
    expect(
      [
        ['/newsletter/confirmer', '?token=abc'],
        ['/newsletter/confirmer', ''],
        ['/newsletter/desinscription', '?token=abc'],
        ['/newsletter/abonnement', '?token=abc'],
        ['/newsletter/abonnement/effacement', ''],
        ['/newsletter/effacement', ''],
        ['/calendars/members/abc.def.ics', ''],
        ['/events/meetings/4.ics', '?token=abc'],
        ['/events/meetings/4', 'token=abc'],
        ['/events/conferences/4.ics', ''],
        ['/newsletter', ''],
        ['/calendars/agenda.ics', ''],
        ['/actunipso/2020-02', '?tokens=1'],
        ['/newsletter/confirmerie', ''],
      ].map(([pathname, search]) => carriesToken({ pathname, search })),
    ).toStrictEqual([
      ...[true, true, true, true, true, true, true, true, true],
      ...[false, false, false, false, false],
    ])
  })
})

describe('securityHeaders', () => {
  it('should give a public page a nonce-based policy without inline scripts and no framing', () => {
    const headers = securityHeaders({ ...LOCAL, pathname: '/newsletter' })
    expect(directives(headers['content-security-policy'])).toStrictEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:', 'http://localhost:3000', 'http://127.0.0.1:3000'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'", 'http://localhost:3000', 'http://127.0.0.1:3000'],
      'frame-src': ["'none'"],
      'worker-src': ["'self'", 'blob:'],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'", 'http://localhost:3000', 'http://127.0.0.1:3000'],
      'frame-ancestors': ["'none'"],
    })
    expect(headers).toMatchObject({
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy': PERMISSIONS_POLICY,
      'cross-origin-opener-policy': 'same-origin',
    })
  })

  it('should never allow inline scripts or eval in production, on pages or in the admin', () => {
    const scripts = ['/', '/admin', '/admin/login'].map(
      (pathname) =>
        directives(securityHeaders({ ...PUBLIC, pathname })['content-security-policy'])[
          'script-src'
        ],
    )
    expect(scripts.flat().filter((value) => /unsafe/.test(value))).toStrictEqual([])
  })

  it('should allow eval only in development, where React needs it', () => {
    const policy = securityHeaders({ ...LOCAL, isDevelopment: true, pathname: '/' })[
      'content-security-policy'
    ]
    expect(directives(policy)['script-src']).toContain("'unsafe-eval'")
  })

  it('should let the admin frame its own preview and load Monaco’s styles', () => {
    const admin = directives(
      securityHeaders({ ...PUBLIC, pathname: '/admin/collections/issues/1' })[
        'content-security-policy'
      ],
    )
    expect([admin['frame-src'], admin['frame-ancestors'], admin['style-src']]).toStrictEqual([
      ["'self'"],
      ["'none'"],
      ["'self'", "'unsafe-inline'", 'https://cdn.jsdelivr.net'],
    ])
  })

  it('should serve the email preview sandboxed, framable by the admin only', () => {
    const headers = securityHeaders({ ...PUBLIC, pathname: '/api/issues/7/preview' })
    expect([headers['content-security-policy'], headers['x-frame-options']]).toStrictEqual([
      "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data: https: https://actunipso.unipso.be; font-src 'self' data: https:; frame-ancestors 'self'",
      'SAMEORIGIN',
    ])
  })

  it('should lock down API answers and feeds', () => {
    const headers = securityHeaders({ ...LOCAL, pathname: '/calendars/agenda.ics' })
    expect(headers).toStrictEqual({
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy': PERMISSIONS_POLICY,
    })
  })

  it('should send no referrer from a URL that carries a token', () => {
    expect(
      [
        securityHeaders({ ...LOCAL, pathname: '/newsletter/desinscription', search: '?token=x' }),
        securityHeaders({ ...LOCAL, pathname: '/calendars/members/abc.def.ics' }),
        securityHeaders({ ...LOCAL, pathname: '/events/meetings/3', search: '?token=x' }),
      ].map((headers) => headers['referrer-policy']),
    ).toStrictEqual(['no-referrer', 'no-referrer', 'no-referrer'])
  })

  it('should add HSTS and upgrade requests only when SERVER_URL is https', () => {
    const https = securityHeaders({ ...PUBLIC, pathname: '/' })
    const http = securityHeaders({ ...LOCAL, pathname: '/' })
    expect([
      https['strict-transport-security'],
      directives(https['content-security-policy'])['upgrade-insecure-requests'],
      http['strict-transport-security'],
      directives(http['content-security-policy'])['upgrade-insecure-requests'],
    ]).toStrictEqual([HSTS, [], undefined, undefined])
  })
})
