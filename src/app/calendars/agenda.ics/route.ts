import config from '@payload-config'
import { getPayload } from 'payload'

import { agendaFeedFor } from '@/domain/calendar/publicFeeds'
import { calendarResponse } from '@/server/calendar/calendarResponse'
import { publicFeed } from '@/server/calendar/feeds'
import { errorResponse } from '@/server/http/errorResponse'

export const dynamic = 'force-dynamic'

/** Public agenda items and conferences; ?kind=<kind> keeps the agenda items of one kind. */
export async function GET(request: Request) {
  const payload = await getPayload({ config })
  try {
    const entry = agendaFeedFor(new URL(request.url).searchParams.get('kind'))
    const feed = await publicFeed({ payload, entry })
    return calendarResponse({ request, feed, filename: `${entry.key}-unipso.ics` })
  } catch (error) {
    return errorResponse({ error, logger: payload.logger })
  }
}
export const HEAD = GET
