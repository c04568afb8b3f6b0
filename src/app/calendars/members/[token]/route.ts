import config from '@payload-config'
import { getPayload } from 'payload'

import { calendarResponse, notFound } from '@/server/calendar/calendarResponse'
import { memberFeed, memberForToken } from '@/server/calendar/feeds'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ token: string }> }

/** A member's personal feed: /calendars/members/<token>.ics */
export async function GET(request: Request, { params }: Args) {
  const file = (await params).token
  if (!file.endsWith('.ics')) return notFound()
  const payload = await getPayload({ config })
  const member = await memberForToken(payload, file.slice(0, -'.ics'.length))
  if (!member) return notFound()
  return calendarResponse({
    request,
    feed: await memberFeed({ payload, member }),
    filename: 'agenda-membre-unipso.ics',
    isPrivate: true,
  })
}
export const HEAD = GET
