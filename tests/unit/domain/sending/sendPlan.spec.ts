import {
  assignBatches,
  batchIdempotencyKey,
  chunksOf,
  listHeaders,
} from '@/domain/sending/sendPlan'

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

  it('should keep the batch key for the first part', () => {
    expect(batchIdempotencyKey({ sendId: 7, batch: 3, part: 1 })).toBe('send-7-batch-3')
  })

  it('should give each later part its own key', () => {
    expect([2, 3].map((part) => batchIdempotencyKey({ sendId: 'abc', batch: 3, part }))).toEqual([
      'send-abc-batch-3-part-2',
      'send-abc-batch-3-part-3',
    ])
  })
})

describe('chunksOf', () => {
  it('should cut in order into chunks of at most the size', () => {
    expect(chunksOf({ items: [1, 2, 3, 4, 5], size: 2 })).toEqual([[1, 2], [3, 4], [5]])
  })

  it('should cut at the provider limit of 100 by default', () => {
    const items = Array.from({ length: 201 }, (_, index) => index)
    expect(chunksOf({ items }).map((chunk) => [chunk[0], chunk.length])).toEqual([
      [0, 100],
      [100, 100],
      [200, 1],
    ])
  })

  it('should give no chunk for no items', () => {
    expect(chunksOf({ items: [], size: 2 })).toEqual([])
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
