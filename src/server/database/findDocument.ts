import type { CollectionSlug, DataFromCollectionSlug, Payload } from 'payload'

/**
 * One document as the system reads it (access off, relations as ids), or null when no document
 * has that id: callers decide what a missing document means (a 404, an empty export).
 */
export async function findDocument<TSlug extends CollectionSlug>({
  payload,
  collection,
  id,
}: {
  payload: Payload
  collection: TSlug
  id: number | string
}): Promise<DataFromCollectionSlug<TSlug> | null> {
  return payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true })
}
