/**
 * The address a request is counted under (rate limits), from the X-Forwarded-For list the app
 * receives and the number of reverse proxies the operator trusts (TRUST_PROXY).
 *
 * The front server of `npm start` (scripts/lib/appendConnectionAddress.mjs) always appends the connection's own
 * address to X-Forwarded-For, so the last entry is never the client's choice; each trusted proxy
 * appends the address it saw, one hop further to the left. The client is therefore the entry
 * `trustedProxies` places left of the end; whatever a client writes further left is ignored.
 * Next's own server would not do this (it sets X-Forwarded-For only when the request has none,
 * keeping a client's header verbatim): that is why `npm start` runs its own front.
 *
 * @example
 * clientAddress({ forwardedFor: '6.6.6.6, 203.0.113.9', trustedProxies: 0 }) // '203.0.113.9'
 * clientAddress({ forwardedFor: '6.6.6.6, 203.0.113.9, 10.0.0.2', trustedProxies: 1 }) // '203.0.113.9'
 */
export function clientAddress({
  forwardedFor,
  trustedProxies,
}: {
  forwardedFor: string | null | undefined
  trustedProxies: number
}): string {
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((hop) => normalizeAddress(hop.trim()))
    .filter((hop) => hop !== '')
  if (hops.length === 0) return 'unknown'
  // More trusted proxies than hops: a proxy is missing; the farthest hop is the best guess.
  return hops[Math.max(0, hops.length - 1 - trustedProxies)]
}

/** `::ffff:127.0.0.1` (IPv4 over an IPv6 socket) and `127.0.0.1` are one client. */
function normalizeAddress(address: string): string {
  const lower = address.toLowerCase()
  return lower.startsWith('::ffff:') && lower.includes('.') ? lower.slice(7) : lower
}
