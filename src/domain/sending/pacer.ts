/**
 * How long to wait before the next request so that no more than `requestsPerSecond` start in any
 * one second. Pacing against the request that many places back (not the previous one) lets one
 * slow serialisation be caught up by the next; the margin absorbs the jitter between our clock and
 * the request's arrival (a 429 costs a whole second of retry-after: the margin is cheaper).
 *
 * @example pacingDelay({ recentStarts: [0, 100], requestsPerSecond: 2, now: 300, marginMs: 40 }) // 740
 */
export function pacingDelay({
  recentStarts,
  requestsPerSecond,
  now,
  marginMs,
}: {
  recentStarts: readonly number[]
  requestsPerSecond: number
  now: number
  marginMs: number
}): number {
  // The window counts whole requests: a fractional rate paces at its whole part (at least one).
  const perWindow = requestsPerSecond > 0 ? Math.max(1, Math.floor(requestsPerSecond)) : 0
  if (perWindow === 0 || recentStarts.length < perWindow) return 0
  const windowStart = recentStarts[recentStarts.length - perWindow] as number
  return Math.max(0, windowStart + 1000 + marginMs - now)
}

export type Clock = { now: () => number; sleep: (ms: number) => Promise<void> }

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/** The provider's window (Resend: 2 requests per second) and our safety margin. */
export const PACING_MARGIN_MS = 40

/**
 * A pacer over a clock: `paced(work)` starts `work` as soon as the window allows. The clock is
 * injected, so tests drive it without waiting.
 */
export function createPacer({
  requestsPerSecond,
  clock = systemClock,
  marginMs = PACING_MARGIN_MS,
}: {
  requestsPerSecond: number
  clock?: Clock
  marginMs?: number
}) {
  const recentStarts: number[] = []
  return async function paced<T>(work: () => Promise<T>): Promise<T> {
    const wait = pacingDelay({ recentStarts, requestsPerSecond, now: clock.now(), marginMs })
    if (wait > 0) await clock.sleep(wait)
    recentStarts.push(clock.now())
    if (recentStarts.length > Math.max(1, Math.ceil(requestsPerSecond))) recentStarts.shift()
    return work()
  }
}
