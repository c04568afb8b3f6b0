import type { CollectionBeforeChangeHook } from 'payload'

/** The very first account (created from /admin on an empty database) must be able to administer. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
  collection,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({
    collection: collection.slug,
    req,
    overrideAccess: true,
  })
  if (totalDocs === 0) data.role = 'admin'
  return data
}
