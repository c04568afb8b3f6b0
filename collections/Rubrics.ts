import type { CollectionConfig } from 'payload'

import { anyone } from './access/anyone'
import { isAdmin } from './access/isAdmin'
import { isStaff } from './access/isStaff'
import { normalizeSingleLineFields } from './hooks/normalizeSingleLineFields'
import { groups, slugs } from './slugs'

export const Rubrics: CollectionConfig = {
  slug: slugs.rubrics,
  labels: { singular: 'Rubrique', plural: 'Rubriques' },
  access: { create: isStaff, read: anyone, update: isStaff, delete: isAdmin },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'order'],
    group: groups.reference,
    description: 'Les étiquettes au-dessus des articles (POLITIQUE, DIGITALISATION…).',
  },
  defaultSort: 'order',
  fields: [
    { name: 'label', label: 'Libellé', type: 'text', required: true, unique: true },
    {
      name: 'order',
      label: 'Ordre',
      type: 'number',
      required: true,
      defaultValue: 100,
      admin: { description: 'Les rubriques sont classées par ordre croissant.' },
    },
  ],
  hooks: {
    beforeValidate: [
      normalizeSingleLineFields(['label']),
      ({ data }) => {
        // Rubrics print in capitals in the newsletter; storing them so keeps "Politique" and "POLITIQUE" one rubric.
        if (data && typeof data.label === 'string')
          data.label = data.label.toLocaleUpperCase('fr-BE')
        return data
      },
    ],
  },
}
