import { clientAddress } from '@/domain/http/clientAddress'

describe('clientAddress', () => {
  it('should take the connection address the front server appended when no proxy is trusted', () => {
    expect(clientAddress({ forwardedFor: '203.0.113.9', trustedProxies: 0 })).toBe('203.0.113.9')
  })

  it('should ignore what a client wrote itself before the connection address', () => {
    expect(
      clientAddress({ forwardedFor: '6.6.6.6, 7.7.7.7, 203.0.113.9', trustedProxies: 0 }),
    ).toBe('203.0.113.9')
  })

  it('should take the address the trusted proxy saw, one hop left of the proxy', () => {
    expect(
      clientAddress({ forwardedFor: '6.6.6.6, 203.0.113.9, 10.0.0.2', trustedProxies: 1 }),
    ).toBe('203.0.113.9')
  })

  it('should count two trusted proxies as two hops', () => {
    expect(
      clientAddress({ forwardedFor: '6.6.6.6,203.0.113.9,10.0.0.3,10.0.0.2', trustedProxies: 2 }),
    ).toBe('203.0.113.9')
  })

  it('should fall back to the farthest hop when fewer hops than trusted proxies arrive', () => {
    expect(clientAddress({ forwardedFor: '10.0.0.2', trustedProxies: 2 })).toBe('10.0.0.2')
  })

  it('should count an IPv4 address seen through an IPv6 socket as the IPv4 address', () => {
    expect(clientAddress({ forwardedFor: '::ffff:127.0.0.1', trustedProxies: 0 })).toBe('127.0.0.1')
  })

  it('should answer unknown without any hop', () => {
    expect(clientAddress({ forwardedFor: null, trustedProxies: 0 })).toBe('unknown')
  })
})
