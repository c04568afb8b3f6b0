import { createPacer, pacingDelay } from '@/domain/sending/pacer'
import { fakeClock } from '../../../helpers/fakeClock'

describe('pacingDelay', () => {
  it('should wait until the request that many places back is one second and the margin old', () => {
    expect(
      pacingDelay({ recentStarts: [0, 100], requestsPerSecond: 2, now: 300, marginMs: 40 }),
    ).toBe(740)
  })

  it('should not wait while fewer requests than the limit have started', () => {
    expect(pacingDelay({ recentStarts: [250], requestsPerSecond: 2, now: 300, marginMs: 40 })).toBe(
      0,
    )
  })

  it('should not wait once the window has passed', () => {
    expect(
      pacingDelay({ recentStarts: [0, 100], requestsPerSecond: 2, now: 1040, marginMs: 40 }),
    ).toBe(0)
  })

  it('should pace against the oldest start of the window, not the previous one', () => {
    expect(
      pacingDelay({ recentStarts: [0, 900, 950], requestsPerSecond: 2, now: 1000, marginMs: 0 }),
    ).toBe(900)
  })

  it('should never wait when pacing is off', () => {
    expect(
      pacingDelay({ recentStarts: [0, 1, 2], requestsPerSecond: 0, now: 3, marginMs: 40 }),
    ).toBe(0)
  })
})

describe('createPacer', () => {
  it('should start no more than 2 requests in any second (margin included) at 2 requests/s', async () => {
    const clock = fakeClock()
    const paced = createPacer({ requestsPerSecond: 2, clock, marginMs: 40 })
    const starts: number[] = []
    for (let call = 0; call < 10; call += 1) await paced(async () => starts.push(clock.now()))
    const crowdedWindows = starts.filter((start, index) => {
      const third = starts[index + 2]
      return third !== undefined && third - start < 1040
    })
    expect([starts.length, crowdedWindows]).toEqual([10, []])
  })

  it('should start the calls as soon as the window allows', async () => {
    const clock = fakeClock()
    const paced = createPacer({ requestsPerSecond: 2, clock, marginMs: 40 })
    const starts: number[] = []
    for (let call = 0; call < 5; call += 1) await paced(async () => starts.push(clock.now()))
    expect(starts).toEqual([0, 0, 1040, 1040, 2080])
  })

  it('should not wait when the window is free', async () => {
    const clock = fakeClock()
    const paced = createPacer({ requestsPerSecond: 2, clock, marginMs: 40 })
    await paced(async () => 'first')
    await clock.sleep(5000)
    await paced(async () => 'second')
    await paced(async () => 'third')
    expect(clock.sleeps).toEqual([5000])
  })

  it('should return what the work returns', async () => {
    const paced = createPacer({ requestsPerSecond: 2, clock: fakeClock() })
    await expect(paced(async () => 42)).resolves.toBe(42)
  })
})

describe('pacingDelay with a fractional rate', () => {
  it('should pace a rate below one at one request per second, never not at all', () => {
    expect(pacingDelay({ recentStarts: [0], requestsPerSecond: 0.5, now: 10, marginMs: 40 })).toBe(
      1030,
    )
  })

  it('should pace 1.5 requests per second as one per second', () => {
    expect(pacingDelay({ recentStarts: [0], requestsPerSecond: 1.5, now: 0, marginMs: 0 })).toBe(
      1000,
    )
  })
})
