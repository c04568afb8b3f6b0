import type { MetadataRoute } from 'next'

import { readEnv } from '@/config/env'
import { DISALLOWED_PATHS } from '@/domain/site/crawling'

// SERVER_URL is read when asked, not frozen at build time.
export const dynamic = 'force-dynamic'

/** /robots.txt: everything public may be crawled but the admin, the API and token pages. */
export default function robots(): MetadataRoute.Robots {
  const { serverUrl } = readEnv()
  return {
    rules: { userAgent: '*', allow: '/', disallow: [...DISALLOWED_PATHS] },
    sitemap: `${serverUrl}/sitemap.xml`,
  }
}
