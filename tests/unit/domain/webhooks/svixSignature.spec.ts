import { signWebhook, verifyWebhook } from '@/domain/webhooks/svixSignature'

describe('verifyWebhook', () => {
  const secret = `whsec_${Buffer.from('secret-de-test-pour-les-webhooks').toString('base64')}`
  const timestamp = Math.floor(Date.now() / 1000)
  const body = '{"type":"email.delivered"}'

  it('should accept a valid signature among several', () => {
    const signature = signWebhook({ secret, id: 'e1', timestamp, body })
    expect(
      verifyWebhook({
        secret,
        id: 'e1',
        timestamp: String(timestamp),
        signatures: `v1,AAAA ${signature}`,
        body,
      }),
    ).toEqual({ isValid: true })
  })

  it('should refuse a body changed after signing', () => {
    const signature = signWebhook({ secret, id: 'e1', timestamp, body })
    expect(
      verifyWebhook({
        secret,
        id: 'e1',
        timestamp: String(timestamp),
        signatures: signature,
        body: `${body} `,
      }),
    ).toEqual({ isValid: false, reason: 'No matching signature found' })
  })

  it('should refuse a signature older than five minutes', () => {
    const old = timestamp - 5 * 60 - 10
    expect(
      verifyWebhook({
        secret,
        id: 'e1',
        timestamp: String(old),
        signatures: signWebhook({ secret, id: 'e1', timestamp: old, body }),
        body,
      }),
    ).toEqual({ isValid: false, reason: 'Message timestamp too old' })
  })

  it('should refuse missing headers', () => {
    expect(verifyWebhook({ secret, id: null, timestamp: null, signatures: null, body })).toEqual({
      isValid: false,
      reason: 'Missing required headers',
    })
  })

  it('should sign exactly as svix does: v1, then the base64 HMAC-SHA256 of id.timestamp.body', () => {
    expect(signWebhook({ secret, id: 'msg_1', timestamp: 1_700_000_000, body: '{}' })).toBe(
      'v1,P5XIOddPtwo4C6/IY1eRF7HgZuKZlWnw5Ea13iyrYpA=',
    )
  })
})
