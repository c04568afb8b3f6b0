import {
  contentTypeProblem,
  documentIdProblem,
  jsonBodyProblem,
  queryProblem,
} from '@/domain/http/restRequestProblem'

const query = (text: string) => queryProblem(new URLSearchParams(text))
const orTerms = (count: number) =>
  Array.from({ length: count }, (_, i) => `where[or][${i}][title][equals]=x${i}`).join('&')

describe('queryProblem', () => {
  it.each(['limit=1e309', 'limit=-1', 'limit=abc', 'limit=1&limit=2', 'limit[0]=1', 'limit=10001'])(
    'should refuse %s',
    (text) => {
      expect(query(text)?.message).toMatch(/^Paramètre « limit » invalide/)
    },
  )

  it.each(['page=0', 'page=1e309', 'depth=11', 'depth=1&depth=2'])('should refuse %s', (text) => {
    expect(query(text)?.status).toBe(400)
  })

  it.each(['limit=0', 'limit=10&page=3&depth=2', 'sort=-title&sort=title', ''])(
    'should accept %s',
    (text) => {
      expect(query(text)).toBeNull()
    },
  )

  it('should accept 100 or terms and refuse 101', () => {
    expect([query(orTerms(100)), query(orTerms(101))?.message]).toEqual([
      null,
      'Filtre trop long : 100 conditions au plus (101 reçues).',
    ])
  })

  it('should count the values of an in list as one condition', () => {
    const ids = Array.from({ length: 150 }, (_, i) => `where[id][in][${i}]=${i}`).join('&')
    expect(query(ids)).toBeNull()
  })

  it('should refuse an in list of more than 1,000 values, comma-separated or indexed', () => {
    const commas = `where[id][in]=${Array.from({ length: 1001 }, (_, i) => i).join(',')}`
    expect(query(commas)?.code).toBe('query_too_complex')
  })

  it('should refuse more than five nested and/or levels', () => {
    expect(query(`where${'[and][0]'.repeat(6)}[title][equals]=x`)?.message).toMatch(
      /^Filtre trop imbriqué/,
    )
  })

  it('should accept the admin’s filter of an or of ands', () => {
    expect(
      query('where[or][0][and][0][title][like]=a&where[or][0][and][1][status][equals]=published'),
    ).toBeNull()
  })
})

describe('contentTypeProblem', () => {
  const write = {
    method: 'POST',
    apiPath: '/articles',
    hasBody: true,
    isMethodOverride: false,
  }

  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'multipart/form-data; boundary=x',
  ])('should accept %s', (contentType) => {
    expect(contentTypeProblem({ ...write, contentType })).toBeNull()
  })

  it('should refuse text/plain with 415 and say what to send', () => {
    expect(contentTypeProblem({ ...write, contentType: 'text/plain' })).toEqual({
      status: 415,
      code: 'unsupported_media_type',
      message:
        'Type de contenu non pris en charge (text/plain) : envoyez application/json (en-tête Content-Type).',
    })
  })

  it('should refuse a body without a type', () => {
    expect(contentTypeProblem({ ...write, contentType: null })?.message).toMatch(
      /^Type de contenu manquant/,
    )
  })

  it('should accept a POST without a body and without a type', () => {
    expect(contentTypeProblem({ ...write, contentType: null, hasBody: false })).toBeNull()
  })

  it('should accept a form for a read sent as POST, and nowhere else', () => {
    const form = 'application/x-www-form-urlencoded'
    expect([
      contentTypeProblem({ ...write, contentType: form, isMethodOverride: true }),
      contentTypeProblem({ ...write, contentType: form })?.status,
    ]).toEqual([null, 415])
  })

  it('should accept CSV on the subscribers import only', () => {
    const csv = 'text/csv; charset=utf-8'
    expect([
      contentTypeProblem({ ...write, apiPath: '/subscribers/import', contentType: csv }),
      contentTypeProblem({ ...write, contentType: csv })?.status,
    ]).toEqual([null, 415])
  })

  it('should not judge a GET or a DELETE', () => {
    expect(contentTypeProblem({ ...write, method: 'DELETE', contentType: 'text/plain' })).toBeNull()
  })
})

describe('jsonBodyProblem', () => {
  it.each(['{nope', 'null', '[1]', '"texte"', '3'])('should refuse %s', (text) => {
    expect(jsonBodyProblem(text)?.message).toMatch(/^JSON invalide/)
  })

  it.each(['{}', '{"email":"a@b.be"}', ''])('should accept %s', (text) => {
    expect(jsonBodyProblem(text)).toBeNull()
  })
})

describe('documentIdProblem', () => {
  it.each(['abc', '1e309', '0', '-1', '1.5', '9999999999999999'])(
    'should answer 404 for the number id %s',
    (id) => {
      expect(documentIdProblem({ id, idType: 'number' })?.status).toBe(404)
    },
  )

  it('should accept a positive integer id, and an ObjectId where ids are text', () => {
    expect([
      documentIdProblem({ id: '42', idType: 'number' }),
      documentIdProblem({ id: '507f1f77bcf86cd799439011', idType: 'text' }),
    ]).toEqual([null, null])
  })
})
