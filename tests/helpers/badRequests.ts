import { signWebhook } from '@/domain/webhooks/svixSignature'

const orTerms = (count: number) =>
  Array.from({ length: count }, (_, i) => `where[or][${i}][title][equals]=x${i}`).join('&')

/** A read sent as POST, its query string in the body, as the admin's relationship fields do. */
export const readAsPost = (
  body: string,
  type = 'application/x-www-form-urlencoded',
): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': type, 'x-payload-http-method-override': 'GET' },
  body,
})

const post = (type: string | undefined, body: string): RequestInit => ({
  method: 'POST',
  headers: type ? { 'content-type': type } : {},
  body: type ? body : new TextEncoder().encode(body),
})

/** A webhook body signed with `secret`: the signature is valid, the body need not be. */
export function signedWebhook({ secret, body }: { secret: string; body: string }): RequestInit {
  const id = `msg_${crypto.randomUUID()}`
  const timestamp = Math.floor(Date.now() / 1000)
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'svix-id': id,
      'svix-timestamp': String(timestamp),
      'svix-signature': signWebhook({ secret, id, timestamp, body }),
    },
    body,
  }
}

export type BadRequest = {
  name: string
  path: string
  init?: RequestInit
  status: number
  message: RegExp
}

/**
 * Anonymous requests that answered 500 before the REST guard (src/server/http/restGuard.ts), and
 * what each must get now: shared by the dev-mode REST spec and the production one.
 */
export const BAD_REQUESTS: BadRequest[] = [
  {
    name: 'limit=1e309',
    path: '/api/articles?limit=1e309',
    status: 400,
    message: /^Paramètre « limit » invalide/,
  },
  {
    name: 'limit given twice',
    path: '/api/articles?limit=1&limit=2',
    status: 400,
    message: /^Paramètre « limit » invalide/,
  },
  {
    name: 'page=1e309',
    path: '/api/articles?page=1e309',
    status: 400,
    message: /^Paramètre « page » invalide/,
  },
  {
    name: 'where with 5,000 or terms, read as POST',
    path: '/api/articles',
    init: readAsPost(orTerms(5000)),
    status: 400,
    message: /^Filtre trop long : 100 conditions au plus/,
  },
  {
    name: 'where with 999 or terms, read as POST',
    path: '/api/articles',
    init: readAsPost(orTerms(999)),
    status: 400,
    message: /^Filtre trop long/,
  },
  {
    name: 'in with 40,000 values',
    path: '/api/articles',
    init: readAsPost(`where[id][in]=${Array.from({ length: 40_000 }, (_, i) => i).join(',')}`),
    status: 400,
    message: /^Liste trop longue dans le filtre/,
  },
  {
    name: 'read as POST with malformed JSON',
    path: '/api/articles',
    init: readAsPost('{nope', 'application/json'),
    status: 400,
    message: /^JSON invalide/,
  },
  {
    name: 'an id that is not a number',
    path: '/api/articles/abc',
    status: 404,
    message: /^Document introuvable\.$/,
  },
  {
    name: 'an id of 1e309',
    path: '/api/articles/1e309',
    status: 404,
    message: /^Document introuvable\.$/,
  },
  {
    name: 'POST text/plain',
    path: '/api/subscribers',
    init: post('text/plain', 'hello'),
    status: 415,
    message: /^Type de contenu non pris en charge \(text\/plain\)/,
  },
  {
    name: 'POST form-urlencoded',
    path: '/api/users/login',
    init: post('application/x-www-form-urlencoded', 'email=a%40b.be&password=x'),
    status: 415,
    message: /^Type de contenu non pris en charge \(application\/x-www-form-urlencoded\)/,
  },
  {
    name: 'POST without a content type',
    path: '/api/subscribers',
    init: post(undefined, '{"email":"a@b.be"}'),
    status: 415,
    message: /^Type de contenu manquant/,
  },
  {
    name: 'POST malformed JSON',
    path: '/api/subscribers',
    init: post('application/json', '{nope'),
    status: 400,
    message: /^JSON invalide/,
  },
  {
    name: 'login with a body of null',
    path: '/api/users/login',
    init: post('application/json', 'null'),
    status: 400,
    message: /^JSON invalide : le corps de la requête doit être un objet JSON/,
  },
]
