import { assignBatches, batchIdempotencyKey, listHeaders } from '@/domain/sending/sendPlan'

describe('assignBatches', () => {
  it('should sort by address and cut batches of the given size', () => {
    const emails = ['c@x.be', 'a@x.be', 'b@x.be'].map((email) => ({ email }))
    expect(assignBatches({ emails, batchSize: 2 })).toEqual([
      { email: 'a@x.be', batch: 1 },
      { email: 'b@x.be', batch: 1 },
      { email: 'c@x.be', batch: 2 },
    ])
  })
})

describe('batchIdempotencyKey', () => {
  it('should name the send and the batch', () => {
    expect(batchIdempotencyKey({ sendId: 7, batch: 3 })).toBe('send-7-batch-3')
  })
})

describe('listHeaders', () => {
  it('should give RFC 8058 one-click and List-Id headers', () => {
    expect(
      listHeaders({ unsubscribeUrl: 'https://a.be/u?token=t', listId: 'actunipso.a.be' }),
    ).toEqual({
      'List-Unsubscribe': '<https://a.be/u?token=t>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': '#ActUNIPSO <actunipso.a.be>',
    })
  })
})
