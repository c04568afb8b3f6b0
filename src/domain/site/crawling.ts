import type { PublicEventCollection } from '../content/eventUrls'
import { eventPagePath } from '../content/eventUrls'

/**
 * What crawlers must leave alone: the admin and the API, and every page reached with a personal
 * token (subscription confirmation, unsubscribe, the subscriber's own page, erasure, members'
 * feeds and their meetings' .ics).
 */
export const DISALLOWED_PATHS = [
  '/admin',
  '/api',
  '/newsletter/confirmer',
  '/newsletter/desinscription',
  '/newsletter/abonnement',
  '/newsletter/effacement',
  '/calendars/members/',
  '/events/meetings/',
] as const

export type SitemapEntry = {
  url: string
  lastModified?: string
  changeFrequency?: 'daily' | 'weekly' | 'monthly' | 'yearly'
}

/**
 * sitemap.xml: the site's pages, every sent issue of the archive and every public event's page.
 *
 * @example sitemapEntries({ baseUrl: 'https://x.be', issues: [{ month: '2020-02' }], events: [] })[5].url
 * // 'https://x.be/actunipso/2020-02'
 */
export function sitemapEntries({
  baseUrl,
  issues,
  events,
}: {
  baseUrl: string
  issues: Array<{ month: string; lastModified?: string | null }>
  events: Array<{ collection: PublicEventCollection; slug: string; updatedAt?: string | null }>
}): SitemapEntry[] {
  const page = (path: string, changeFrequency: SitemapEntry['changeFrequency']) => ({
    url: `${baseUrl}${path}`,
    changeFrequency,
  })
  return [
    page('/', 'weekly'),
    page('/agenda', 'weekly'),
    page('/actunipso', 'monthly'),
    page('/calendriers', 'monthly'),
    page('/newsletter', 'yearly'),
    ...issues.map((issue) => ({
      url: `${baseUrl}/actunipso/${issue.month}`,
      ...(issue.lastModified ? { lastModified: issue.lastModified } : {}),
      changeFrequency: 'yearly' as const,
    })),
    ...events.map((event) => ({
      url: `${baseUrl}${eventPagePath(event)}`,
      ...(event.updatedAt ? { lastModified: event.updatedAt } : {}),
      changeFrequency: 'weekly' as const,
    })),
  ]
}
