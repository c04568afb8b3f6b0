import { DateTime } from 'luxon'

import { BRUSSELS } from '../dates/brussels'

export type SubscriberTimeline = {
  status: string
  joinedAt: string | null
  unsubscribedAt: string | null
}
export type SubscriberMonth = { month: string; active: number; unsubscribed: number }

/**
 * Subscribers at the end of each of the last `months` months (Brussels time): active = joined by
 * then and not unsubscribed yet; unsubscribed = cumulative. Pending people never count, and
 * bounced or complained addresses (no date is kept for those) leave the active line altogether.
 */
export function subscriberHistory({
  rows,
  today,
  months = 12,
}: {
  rows: SubscriberTimeline[]
  today: Date
  months?: number
}): SubscriberMonth[] {
  const current = DateTime.fromJSDate(today, { zone: BRUSSELS }).startOf('month')
  return Array.from({ length: months }, (_, index) => {
    const start = current.minus({ months: months - 1 - index })
    const end = Math.min(start.endOf('month').toMillis(), today.getTime())
    let active = 0
    let unsubscribed = 0
    for (const row of rows) {
      if (row.status === 'pending' || !row.joinedAt || Date.parse(row.joinedAt) > end) continue
      if (row.unsubscribedAt && Date.parse(row.unsubscribedAt) <= end) unsubscribed += 1
      else if (row.status === 'active' || row.status === 'unsubscribed') active += 1
    }
    return { month: start.toFormat('yyyy-MM'), active, unsubscribed }
  })
}

/** "2026-11" → "nov. 26", for chart axes. */
export function shortMonthLabel(month: string): string {
  return DateTime.fromFormat(month, 'yyyy-MM', { zone: BRUSSELS, locale: 'fr-BE' }).toFormat(
    'LLL yy',
  )
}
