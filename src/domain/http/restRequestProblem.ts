/**
 * What the REST API refuses before Payload sees a request: inputs that made it answer 500 (a limit
 * of 1e309 or given twice, a filter of thousands of terms that SQLite cannot compile, an id that
 * is not a number, a body that is not what it reads). Pure: the route's guard
 * (src/server/http/restGuard.ts) passes the request's parts in and answers the problem found.
 */
export type RequestProblem = {
  status: 400 | 404 | 415
  code: string
  message: string
}

/** Bounds of the query parameters, generous for the admin (its bulk actions send `limit=0`). */
export const QUERY_BOUNDS = {
  limit: { min: 0, max: 10_000 },
  page: { min: 1, max: 100_000 },
  depth: { min: 0, max: 10 },
  /** Conditions in one `where` (SQLite fails near a thousand terms joined by `or`). */
  whereConditions: 100,
  /** Nested `and` / `or` levels in one `where` (the admin's filters use two). */
  whereNesting: 5,
  /** Values of one `in`, `not_in` or `all` condition (SQLite binds each as a parameter). */
  listValues: 1_000,
} as const

const INTEGER_PARAMETERS = ['limit', 'page', 'depth'] as const
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

const number = (value: number) => value.toLocaleString('fr-BE')

/** `where[or][0][title][equals]` → `['or', '0', 'title', 'equals']`; null for another key. */
function whereSegments(key: string): string[] | null {
  if (!key.startsWith('where[')) return null
  return [...key.slice('where'.length).matchAll(/\[([^\]]*)\]/g)].map((match) => match[1])
}

function integerProblem(params: URLSearchParams): RequestProblem | null {
  for (const name of INTEGER_PARAMETERS) {
    const values = params.getAll(name)
    const isNested = [...params.keys()].some((key) => key.startsWith(`${name}[`))
    const { min, max } = QUERY_BOUNDS[name]
    const value = values[0]
    const isValid =
      !isNested &&
      values.length <= 1 &&
      (value === undefined ||
        (/^\d{1,9}$/.test(value) && Number(value) >= min && Number(value) <= max))
    if (!isValid)
      return {
        status: 400,
        code: 'invalid_query',
        message: `Paramètre « ${name} » invalide : un nombre entier de ${number(min)} à ${number(max)}, donné une seule fois.`,
      }
  }
  return null
}

function whereProblem(params: URLSearchParams): RequestProblem | null {
  const conditions = new Map<string, number>()
  let nesting = 0
  for (const [key, value] of params) {
    const segments = whereSegments(key)
    if (!segments) continue
    nesting = Math.max(nesting, segments.filter((part) => part === 'and' || part === 'or').length)
    // Array values (`[in][0]`, `[in][]`) belong to the condition their operator ends.
    let end = segments.length
    while (end > 0 && /^\d*$/.test(segments[end - 1])) end -= 1
    const condition = segments.slice(0, end).join('.')
    const values = LIST_OPERATORS.has(segments[end - 1] ?? '') ? value.split(',').length : 1
    conditions.set(condition, (conditions.get(condition) ?? 0) + values)
  }
  if (conditions.size > QUERY_BOUNDS.whereConditions)
    return {
      status: 400,
      code: 'query_too_complex',
      message: `Filtre trop long : ${number(QUERY_BOUNDS.whereConditions)} conditions au plus (${number(conditions.size)} reçues).`,
    }
  if (nesting > QUERY_BOUNDS.whereNesting)
    return {
      status: 400,
      code: 'query_too_complex',
      message: `Filtre trop imbriqué : ${QUERY_BOUNDS.whereNesting} niveaux de « and » et « or » au plus.`,
    }
  const longest = Math.max(0, ...conditions.values())
  if (longest > QUERY_BOUNDS.listValues)
    return {
      status: 400,
      code: 'query_too_complex',
      message: `Liste trop longue dans le filtre : ${number(QUERY_BOUNDS.listValues)} valeurs au plus par condition.`,
    }
  return null
}

/**
 * The first problem of a REST query string (`limit`, `page`, `depth`, `where`), or null.
 *
 * @example
 * queryProblem(new URLSearchParams('limit=1e309'))?.status // 400
 * queryProblem(new URLSearchParams('limit=10&where[title][equals]=Forum')) // null
 */
export function queryProblem(params: URLSearchParams): RequestProblem | null {
  return integerProblem(params) ?? whereProblem(params)
}

/** The media types a REST endpoint reads from a body; others are answered 415. */
export const BODY_TYPES = {
  /** Payload's own endpoints: JSON, or the admin's multipart form with its `_payload` field. */
  default: ['application/json', 'multipart/form-data'],
  /** A read sent as POST (`X-HTTP-Method-Override: GET`) carries its query string as a form. */
  methodOverride: ['application/x-www-form-urlencoded', 'application/json'],
  /** Endpoints that read another type, by path under /api. */
  byPath: { '/subscribers/import': ['text/csv'] } as Record<string, string[]>,
} as const

/**
 * A write's body whose type the endpoint does not read (415), or null. A request without a body
 * (a POST that only triggers an action) needs no type.
 *
 * @example
 * contentTypeProblem({ method: 'POST', apiPath: '/articles', contentType: 'text/plain', hasBody: true, isMethodOverride: false })?.status // 415
 */
export function contentTypeProblem({
  method,
  apiPath,
  contentType,
  hasBody,
  isMethodOverride,
}: {
  method: string
  /** The path under /api: `/subscribers/import`. */
  apiPath: string
  contentType: string | null
  hasBody: boolean
  isMethodOverride: boolean
}): RequestProblem | null {
  if (!['POST', 'PATCH', 'PUT'].includes(method.toUpperCase()) || !hasBody) return null
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase()
  const accepted: readonly string[] = isMethodOverride
    ? BODY_TYPES.methodOverride
    : (BODY_TYPES.byPath[apiPath.replace(/\/+$/, '')] ?? BODY_TYPES.default)
  if (accepted.includes(type)) return null
  return {
    status: 415,
    code: 'unsupported_media_type',
    message: type
      ? `Type de contenu non pris en charge (${type}) : envoyez ${accepted[0]} (en-tête Content-Type).`
      : `Type de contenu manquant : envoyez ${accepted[0]} (en-tête Content-Type).`,
  }
}

/**
 * A JSON body the API cannot read: malformed, or not an object. Null when it parses to an object.
 *
 * @example jsonBodyProblem('{nope')?.message // 'JSON invalide : …'
 */
export function jsonBodyProblem(text: string): RequestProblem | null {
  if (text.trim() === '') return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return {
      status: 400,
      code: 'invalid_json',
      message: 'JSON invalide : le corps de la requête ne se lit pas comme du JSON.',
    }
  }
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return null
  return {
    status: 400,
    code: 'invalid_json',
    message: 'JSON invalide : le corps de la requête doit être un objet JSON ({ … }).',
  }
}

/**
 * A document id that cannot name a document: not a positive integer where ids are numbers
 * (SQLite), not a MongoDB ObjectId where they are text. Answered 404, as a missing document is.
 *
 * @example documentIdProblem({ id: 'abc', idType: 'number' })?.status // 404
 */
export function documentIdProblem({
  id,
  idType,
}: {
  id: string
  idType: 'number' | 'text'
}): RequestProblem | null {
  const isValid =
    idType === 'number'
      ? /^\d{1,15}$/.test(id) && Number(id) > 0
      : /^[0-9a-f]{24}$/i.test(id) || /^[\w-]{1,64}$/.test(id)
  return isValid ? null : { status: 404, code: 'not_found', message: 'Document introuvable.' }
}
