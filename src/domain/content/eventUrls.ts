/**
 * The public addresses of an event, shared by the site, the newsletter (HTML and text parts), the
 * calendar feeds (`URL`) and the sitemap: one place decides them.
 *
 * @example eventPagePath({ collection: 'agenda-items', slug: 'forum-2027' }) // '/agenda/forum-2027'
 */
export type PublicEventCollection = 'agenda-items' | 'conferences'

const PAGE_PREFIX: Record<PublicEventCollection, string> = {
  'agenda-items': '/agenda',
  conferences: '/conferences',
}

/** The event's page on the site: /agenda/<slug> or /conferences/<slug>. */
export function eventPagePath({
  collection,
  slug,
}: {
  collection: PublicEventCollection
  slug: string
}): string {
  return `${PAGE_PREFIX[collection]}/${encodeURIComponent(slug)}`
}

/** The single-event calendar file: /events/<collection>/<id>.ics (stable across title changes). */
export function eventIcsPath({
  collection,
  id,
}: {
  collection: PublicEventCollection | 'meetings'
  id: number | string
}): string {
  return `/events/${collection}/${encodeURIComponent(String(id))}.ics`
}
