import type { Clock } from '@/domain/sending/pacer'

/** A clock whose `sleep` moves `now` forward at once: pacing is measured without waiting. */
export function fakeClock(start = 0): Clock & { sleeps: number[] } {
  let current = start
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => current,
    sleep: async (ms) => {
      sleeps.push(ms)
      current += ms
    },
  }
}
