import { axisTicks } from '@/domain/dashboard/axisTicks'

describe('axisTicks', () => {
  it('should label 0 to 40 by tens for 31 subscribers', () => {
    expect(axisTicks({ max: 31 })).toEqual([0, 10, 20, 30, 40])
  })

  it('should step by units for a handful', () => {
    expect(axisTicks({ max: 3 })).toEqual([0, 1, 2, 3])
  })

  it('should reach the maximum exactly when it is round', () => {
    expect(axisTicks({ max: 1000 })).toEqual([0, 500, 1000])
  })

  it('should never step by less than one', () => {
    expect(axisTicks({ max: 2 })).toEqual([0, 1, 2])
  })

  it('should still draw an axis when there is nothing to count', () => {
    expect(axisTicks({ max: 0 })).toEqual([0, 1])
  })
})
