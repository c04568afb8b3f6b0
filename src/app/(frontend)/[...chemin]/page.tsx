import { notFound } from 'next/navigation'

/**
 * Every address no route answers (/nimporte-quoi) gets the site's French 404 in its layout,
 * rather than Next's default page outside it (the app has two root layouts, site and admin).
 */
export default function UnknownPage() {
  notFound()
}
