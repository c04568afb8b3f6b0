import type { MetadataRoute } from 'next'
import { getPayload } from 'payload'

import config from '@payload-config'
import { readEnv } from '@/config/env'
import { sitemapEntries } from '@/domain/site/crawling'
import { listArchive } from '@/server/newsletter/archive'
import { publicEventPages } from '@/server/site/publicEvents'

export const dynamic = 'force-dynamic'

/** /sitemap.xml: home, agenda, archive issues and public event pages. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const payload = await getPayload({ config })
  const [issues, events] = await Promise.all([listArchive(payload), publicEventPages(payload)])
  return sitemapEntries({ baseUrl: readEnv().serverUrl, issues, events })
}
