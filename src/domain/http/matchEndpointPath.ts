/**
 * Matches a path against a Payload endpoint pattern (`/:id/withdraw`, `/access/:id?`) the way
 * Payload routes it, for the parameters the guard checks before Payload runs. Null: no match.
 *
 * @example
 * matchEndpointPath({ pattern: '/:id/withdraw', path: '/12/withdraw' }) // { id: '12' }
 * matchEndpointPath({ pattern: '/login', path: '/12' }) // null
 */
export function matchEndpointPath({
  pattern,
  path,
}: {
  pattern: string
  path: string
}): Record<string, string> | null {
  const wanted = pattern.split('/').filter(Boolean)
  const given = path.split('/').filter(Boolean)
  const params: Record<string, string> = {}
  for (let index = 0; index < Math.max(wanted.length, given.length); index += 1) {
    const part = wanted[index]
    const value = given[index]
    if (part === undefined) return null
    const isParam = part.startsWith(':')
    const isOptional = isParam && part.endsWith('?')
    if (value === undefined) {
      if (isOptional) continue
      return null
    }
    if (!isParam) {
      if (part !== value) return null
      continue
    }
    let decoded = value
    try {
      decoded = decodeURIComponent(value)
    } catch {
      // A malformed escape is kept as written: the id check then refuses it.
    }
    params[part.slice(1, isOptional ? -1 : undefined)] = decoded
  }
  return params
}
