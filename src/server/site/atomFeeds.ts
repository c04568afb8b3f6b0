import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { readEnv } from '@/config/env'
import { eventsAtomFeed, issuesAtomFeed } from '@/domain/site/atomFeeds'
import { latestArchivedEditions } from '../newsletter/archive'
import { recentlyAnnouncedEvents } from './publicEvents'

/** How long readers and caches keep a feed before asking again. */
export const ATOM_MAX_AGE_SECONDS = 3600

/** /actunipso/feed.xml: the sent issues (the public archive's editions), newest first. */
export async function issuesFeedXml(payload: Payload): Promise<string> {
  const editions = await latestArchivedEditions(payload)
  return issuesAtomFeed({
    baseUrl: readEnv().serverUrl,
    entries: editions.map((edition) => ({
      month: edition.month,
      number: edition.number,
      subject: edition.subject,
      preheader: edition.preheader,
      sentAt: edition.frozenAt,
      titles: edition.view.toc.flatMap((group) =>
        group.entries.map((entry) =>
          [entry.label, entry.title.map((segment) => segment.text).join('')]
            .filter(Boolean)
            .join(' – '),
        ),
      ),
    })),
  })
}

/** /agenda/feed.xml: public events, the most recently announced first. */
export async function eventsFeedXml(payload: Payload): Promise<string> {
  return eventsAtomFeed({
    baseUrl: readEnv().serverUrl,
    events: await recentlyAnnouncedEvents({ payload }),
  })
}

/**
 * An Atom feed over HTTP: its type, a strong ETag of its bytes (a reader polling with
 * If-None-Match gets a 304 without the body), an hour of caching, HEAD without a body.
 */
export function atomResponse({ request, xml }: { request: Request; xml: string }): Response {
  const etag = `"${crypto.createHash('sha256').update(xml).digest('base64url').slice(0, 32)}"`
  const headers: Record<string, string> = {
    etag,
    'cache-control': `public, max-age=${ATOM_MAX_AGE_SECONDS}`,
    'content-type': 'application/atom+xml; charset=utf-8',
  }
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch?.split(',').some((tag) => [etag, '*'].includes(tag.trim().replace(/^W\//, ''))))
    return new Response(null, { status: 304, headers })
  return new Response(request.method === 'HEAD' ? null : xml, {
    status: 200,
    headers: { ...headers, 'content-length': String(Buffer.byteLength(xml, 'utf8')) },
  })
}
