/**
 * The values a chart's axis labels, from 0 to at least `max`, on a round step (1, 2 or 5 × 10ⁿ,
 * never below 1: the charts count people and mails) giving about `count` intervals.
 *
 * @example axisTicks({ max: 31 }) // [0, 10, 20, 30, 40]
 */
export function axisTicks({ max, count = 4 }: { max: number; count?: number }): number[] {
  if (!(max > 0)) return [0, 1]
  const raw = max / count
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const round = [1, 2, 5, 10].map((factor) => factor * magnitude).find((s) => s >= raw) as number
  const step = Math.max(1, round)
  const top = Math.ceil(max / step) * step
  return Array.from({ length: top / step + 1 }, (_, index) => index * step)
}
