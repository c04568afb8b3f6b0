import config from '@payload-config'
import { getPayload } from 'payload'

import { calendarResponse } from '@/server/calendar/calendarResponse'
import { publicFeed } from '@/server/calendar/feeds'

export const dynamic = 'force-dynamic'

/** Public agenda items and conferences. */
export async function GET(request: Request) {
  const feed = await publicFeed({ payload: await getPayload({ config }), kind: 'agenda' })
  return calendarResponse({ request, feed, filename: 'agenda-unipso.ics' })
}
export const HEAD = GET
