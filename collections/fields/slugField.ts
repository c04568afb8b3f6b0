import type { TextField } from 'payload'

import { toSlug } from '@/domain/content/toSlug'

/** A URL slug filled from `sourceField` when left empty, unique within the collection. */
export function slugField({
  sourceField = 'name',
  overrides = {},
}: { sourceField?: string; overrides?: Partial<TextField> } = {}): TextField {
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
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          if (typeof value === 'string' && value.trim()) return toSlug(value)
          const source = siblingData?.[sourceField]
          return typeof source === 'string' ? toSlug(source) : value
        },
      ],
    },
  } as TextField
}
