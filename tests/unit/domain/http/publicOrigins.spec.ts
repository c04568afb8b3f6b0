import { isHttpsUrl, publicOrigins } from '@/domain/http/publicOrigins'

describe('publicOrigins', () => {
  it('should accept every loopback name on the same port for a local address', () => {
    expect(publicOrigins('http://localhost:3000')).toStrictEqual([
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://[::1]:3000',
    ])
  })

  it('should keep the order and drop the duplicate when SERVER_URL is 127.0.0.1', () => {
    expect(publicOrigins('http://127.0.0.1:4123/')).toStrictEqual([
      'http://127.0.0.1:4123',
      'http://localhost:4123',
      'http://[::1]:4123',
    ])
  })

  it('should keep exactly one origin for a public address', () => {
    expect(publicOrigins('https://actunipso.unipso.be/')).toStrictEqual([
      'https://actunipso.unipso.be',
    ])
  })

  it('should not treat a public host that merely contains localhost as local', () => {
    expect(publicOrigins('https://localhost.example.net')).toStrictEqual([
      'https://localhost.example.net',
    ])
  })
})

describe('isHttpsUrl', () => {
  it('should say whether the public address is https', () => {
    expect([
      isHttpsUrl('https://actunipso.unipso.be'),
      isHttpsUrl('http://localhost:3000'),
    ]).toStrictEqual([true, false])
  })
})
