import type { Access, Where } from 'payload'

import { roleOf } from './roleOf'

/**
 * Staff read everything; anonymous visitors read only what `publishedWhere` matches
 * (published articles, published events, sent issues). The filter runs in the database,
 * so lists, counts and single reads all obey it.
 */
export function publishedOrStaff(publishedWhere: Where): Access {
  return ({ req: { user } }) => (roleOf(user) !== null ? true : publishedWhere)
}
