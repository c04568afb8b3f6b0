import type { CollectionConfig, Where } from 'payload'

import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'

/**
 * Public content (articles, agenda items, conferences): any staff member writes it; visitors
 * read what `publishedWhere` matches.
 */
export function publishedContentAccess(publishedWhere: Where): CollectionConfig['access'] {
  return {
    create: isStaff,
    read: publishedOrStaff(publishedWhere),
    update: isStaff,
    delete: isStaff,
  }
}
