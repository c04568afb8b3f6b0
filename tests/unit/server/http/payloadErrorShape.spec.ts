import { errorStatus, fieldReasons } from '@/server/http/payloadErrorShape'

describe('fieldReasons', () => {
  it('should read the field reasons of an error shaped like Payload’s ValidationError', () => {
    const error = Object.assign(new Error('invalide'), {
      data: { collection: 'conferences', errors: [{ path: 'endsAt', message: 'Trop tôt.' }] },
    })
    expect(fieldReasons(error)).toEqual([{ path: 'endsAt', message: 'Trop tôt.' }])
  })

  it.each([
    ['a plain error', new Error('x')],
    ['data without errors', Object.assign(new Error('x'), { data: { path: 'x' } })],
    ['a query error’s list', Object.assign(new Error('x'), { data: [{ path: 'x' }] })],
    ['not an error', { data: { errors: [{ path: 'a', message: 'b' }] } }],
  ])('should answer null for %s', (_name, error) => {
    expect(fieldReasons(error)).toBeNull()
  })
})

describe('errorStatus', () => {
  it('should read a numeric status, or null', () => {
    expect([
      errorStatus(Object.assign(new Error('x'), { status: 404 })),
      errorStatus(new Error('x')),
    ]).toEqual([404, null])
  })
})
