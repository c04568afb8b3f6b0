import { matchEndpointPath } from '@/domain/http/matchEndpointPath'

describe('matchEndpointPath', () => {
  it('should read the id of a document path', () => {
    expect(matchEndpointPath({ pattern: '/:id', path: '/12' })).toEqual({ id: '12' })
  })

  it('should read the id before an action', () => {
    expect(matchEndpointPath({ pattern: '/:id/withdraw', path: '/12/withdraw' })).toEqual({
      id: '12',
    })
  })

  it('should match an optional parameter left out', () => {
    expect(matchEndpointPath({ pattern: '/access/:id?', path: '/access' })).toEqual({})
  })

  it('should match the root only with the root', () => {
    expect([
      matchEndpointPath({ pattern: '/', path: '/' }),
      matchEndpointPath({ pattern: '/', path: '/12' }),
    ]).toEqual([{}, null])
  })

  it('should not match another word or another length', () => {
    expect([
      matchEndpointPath({ pattern: '/login', path: '/logout' }),
      matchEndpointPath({ pattern: '/:id', path: '/12/withdraw' }),
    ]).toEqual([null, null])
  })

  it('should decode an escaped parameter', () => {
    expect(matchEndpointPath({ pattern: '/:id', path: '/a%20b' })).toEqual({ id: 'a b' })
  })
})
