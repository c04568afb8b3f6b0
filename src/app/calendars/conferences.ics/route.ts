import config from '@payload-config'
import { getPayload } from 'payload'

import { conferencesFeed } from '@/domain/calendar/publicFeeds'
import { calendarResponse } from '@/server/calendar/calendarResponse'
import { publicFeed } from '@/server/calendar/feeds'

export const dynamic = 'force-dynamic'

/** Conferences only. */
export async function GET(request: Request) {
  const feed = await publicFeed({ payload: await getPayload({ config }), entry: conferencesFeed() })
  return calendarResponse({ request, feed, filename: 'conferences-unipso.ics' })
}
export const HEAD = GET
