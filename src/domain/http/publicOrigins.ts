const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]']

/** Whether the public address is served over https (HSTS, `Secure` cookies, upgraded requests). */
export function isHttpsUrl(serverUrl: string): boolean {
  return new URL(serverUrl).protocol === 'https:'
}

/**
 * The origins a browser may use to reach this app: SERVER_URL's, and when SERVER_URL is a
 * loopback address (a local start), its other loopback names on the same port, because the same
 * person opens http://localhost:3000 or http://127.0.0.1:3000 indifferently. Only a browser on this
 * machine can present a loopback origin; a public SERVER_URL keeps exactly one origin.
 *
 * @example publicOrigins('http://localhost:3000')
 * // ['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000']
 * @example publicOrigins('https://actunipso.unipso.be/') // ['https://actunipso.unipso.be']
 */
export function publicOrigins(serverUrl: string): string[] {
  const url = new URL(serverUrl)
  if (!LOOPBACK_HOSTS.includes(url.hostname)) return [url.origin]
  const port = url.port ? `:${url.port}` : ''
  return [url.origin, ...LOOPBACK_HOSTS.map((host) => `${url.protocol}//${host}${port}`)].filter(
    (origin, index, all) => all.indexOf(origin) === index,
  )
}
