import config from '@payload-config'
import { getPayload } from 'payload'

import { atomResponse, eventsFeedXml } from '@/server/site/atomFeeds'

export const dynamic = 'force-dynamic'

/** The public events, most recently announced first, as an Atom feed. */
export async function GET(request: Request) {
  return atomResponse({ request, xml: await eventsFeedXml(await getPayload({ config })) })
}
export const HEAD = GET
