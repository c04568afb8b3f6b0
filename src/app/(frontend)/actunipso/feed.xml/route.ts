import config from '@payload-config'
import { getPayload } from 'payload'

import { atomResponse, issuesFeedXml } from '@/server/site/atomFeeds'

export const dynamic = 'force-dynamic'

/** The sent issues as an Atom feed. */
export async function GET(request: Request) {
  return atomResponse({ request, xml: await issuesFeedXml(await getPayload({ config })) })
}
export const HEAD = GET
