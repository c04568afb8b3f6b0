import config from '@payload-config'
import { getPayload } from 'payload'

import { calendarResponse, notFound } from '@/server/calendar/calendarResponse'
import { singleEventFeed } from '@/server/calendar/singleEvent'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ collection: string; id: string }> }

/** One event as an .ics file: /events/<collection>/<id>.ics (meetings need ?token=). */
export async function GET(request: Request, { params }: Args) {
  const { collection, id: file } = await params
  if (!file.endsWith('.ics')) return notFound()
  const token = new URL(request.url).searchParams.get('token')
  const feed = await singleEventFeed({
    payload: await getPayload({ config }),
    collection,
    id: file.slice(0, -'.ics'.length),
    token,
  })
  if (!feed) return notFound()
  return calendarResponse({
    request,
    feed,
    filename: `${collection}-${file}`,
    isPrivate: Boolean(token),
  })
}
export const HEAD = GET
