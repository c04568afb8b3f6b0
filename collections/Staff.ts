import type { CollectionConfig } from 'payload'

import { isAdmin } from './access/isAdmin'
import { isStaff } from './access/isStaff'
import { normalizeSingleLineFields } from './hooks/normalizeSingleLineFields'
import { groups, slugs } from './slugs'

const BELGIAN_PHONE = /^0\d{1,3}\/?[\d. ]{5,12}$/

export const Staff: CollectionConfig = {
  slug: slugs.staff,
  labels: { singular: 'Membre de l’équipe', plural: 'Équipe' },
  access: { create: isStaff, read: isStaff, update: isStaff, delete: isAdmin },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'jobTitle', 'email'],
    group: groups.reference,
    description: 'Les personnes qui signent les articles et sont contacts des événements.',
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', label: 'Nom', type: 'text', required: true },
    { name: 'jobTitle', label: 'Fonction', type: 'text', required: true },
    {
      name: 'phones',
      label: 'Téléphones',
      labels: { singular: 'Téléphone', plural: 'Téléphones' },
      type: 'array',
      fields: [
        {
          name: 'number',
          label: 'Numéro',
          type: 'text',
          required: true,
          validate: (value: string | null | undefined) =>
            !value ||
            BELGIAN_PHONE.test(value.trim()) ||
            'Numéro belge attendu, par exemple 081/24.90.22.',
        },
      ],
    },
    { name: 'email', label: 'Courriel', type: 'email' },
    { name: 'photo', label: 'Photo', type: 'upload', relationTo: slugs.media },
  ],
  hooks: { beforeValidate: [normalizeSingleLineFields(['name', 'jobTitle'])] },
}
