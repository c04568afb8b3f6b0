import { parseResendEvent } from '@/domain/webhooks/resendEvent'

describe('parseResendEvent', () => {
  it('should read an event with its delivery id and tags', () => {
    const body = '{"type":"email.bounced","data":{"email_id":"e1","tags":{"send":"3"}}}'
    expect(parseResendEvent(body)).toEqual({
      type: 'email.bounced',
      data: { email_id: 'e1', tags: { send: '3' } },
    })
  })

  it.each([
    'null',
    '[]',
    '"x"',
    '{}',
    '{"type":3}',
    '{"type":"x","data":null}',
    '{"type":"x","data":{"email_id":1}}',
    '{nope',
  ])('should refuse %s', (body) => {
    expect(parseResendEvent(body)).toBeNull()
  })
})
