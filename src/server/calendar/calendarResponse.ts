import { FEED_TTL_SECONDS, buildCalendar, feedEtag } from '@/domain/calendar/buildCalendar'
import type { Feed } from './feeds'

/** 404 with no detail: an unknown, malformed or revoked token must not be told apart. */
export const notFound = () =>
  new Response('Not Found', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })

/**
 * The HTTP side of a feed: text/calendar, a strong ETag from the feed's inputs, Last-Modified,
 * 304 for a matching If-None-Match without building the calendar, HEAD without a body.
 * No compression is required: Outlook chokes on gzip-only answers.
 */
export function calendarResponse({
  request,
  feed,
  filename,
  isPrivate = false,
}: {
  request: Request
  feed: Feed
  filename: string
  isPrivate?: boolean
}): Response {
  const etag = feedEtag({ kind: feed.kind, events: feed.events, meta: feed.meta })
  const lastModified = feed.events.reduce(
    (latest, event) => Math.max(latest, Date.parse(event.updatedAt)),
    0,
  )
  const headers: Record<string, string> = {
    etag,
    'last-modified': new Date(lastModified || 0).toUTCString(),
    // Caches keep the feed as long as the feed itself tells clients to wait before refreshing.
    'cache-control': `${isPrivate ? 'private' : 'public'}, max-age=${FEED_TTL_SECONDS}`,
    ...(isPrivate ? { 'x-robots-tag': 'noindex' } : {}),
  }
  const ifNoneMatch = request.headers.get('if-none-match')
  if (
    ifNoneMatch &&
    ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')
  ) {
    return new Response(null, { status: 304, headers })
  }
  const body = buildCalendar({ meta: feed.meta, events: feed.events })
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: {
      ...headers,
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `inline; filename="${filename}"`,
      'content-length': String(Buffer.byteLength(body, 'utf8')),
    },
  })
}
