import type { FieldHook, TextField } from 'payload'

import { toSlug } from '@/domain/content/toSlug'

/** The first of `base`, `base-2`, `base-3`… that no other document of the collection holds. */
async function firstFreeSlug({
  base,
  req,
  collection,
  id,
}: {
  base: string
  req: Parameters<FieldHook>[0]['req']
  collection: string
  id: number | string | undefined
}): Promise<string> {
  const taken = await req.payload.find({
    collection: collection as 'agenda-items',
    where: {
      and: [
        { or: [{ slug: { equals: base } }, { slug: { like: `${base}-` } }] },
        ...(id === undefined ? [] : [{ id: { not_equals: id } }]),
      ],
    },
    select: { slug: true } as never,
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const used = new Set(taken.docs.map((doc) => (doc as { slug?: string | null }).slug))
  if (!used.has(base)) return base
  let suffix = 2
  while (used.has(`${base}-${suffix}`)) suffix += 1
  return `${base}-${suffix}`
}

/**
 * A URL slug filled from `sourceField` when left empty, unique within the collection (a `-2`,
 * `-3`… suffix when taken), and kept when the source changes afterwards: published links keep
 * working.
 */
export function slugField({
  sourceField = 'name',
  overrides = {},
}: { sourceField?: string; overrides?: Partial<TextField> } = {}): TextField {
  const fillSlug: FieldHook = async ({ value, siblingData, originalDoc, collection, req }) => {
    const typed = typeof value === 'string' && value.trim() ? toSlug(value) : ''
    if (!typed && typeof originalDoc?.slug === 'string' && originalDoc.slug) return originalDoc.slug
    const source = siblingData?.[sourceField]
    const base = typed || (typeof source === 'string' ? toSlug(source) : '')
    if (!base || !collection) return base || value
    if (typed && typed === originalDoc?.slug) return typed
    return firstFreeSlug({ base, req, collection: collection.slug, id: originalDoc?.id })
  }
  return {
    name: 'slug',
    label: 'Identifiant (slug)',
    type: 'text',
    unique: true,
    index: true,
    ...overrides,
    admin: {
      position: 'sidebar',
      description: 'Rempli automatiquement à partir du nom si laissé vide.',
      ...overrides.admin,
    },
    hooks: { beforeValidate: [fillSlug] },
  } as TextField
}
