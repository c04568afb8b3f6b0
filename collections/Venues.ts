import type { CollectionConfig } from 'payload'
import { ValidationError } from 'payload'

import { anyone } from './access/anyone'
import { isAdmin } from './access/isAdmin'
import { isStaff } from './access/isStaff'
import { normalizeSingleLineFields } from './hooks/normalizeSingleLineFields'
import { validateHttpUrl } from './fields/validateHttpUrl'
import { groups, slugs } from './slugs'

export const Venues: CollectionConfig = {
  slug: slugs.venues,
  labels: { singular: 'Lieu', plural: 'Lieux' },
  access: { create: isStaff, read: anyone, update: isStaff, delete: isAdmin },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'street', 'postcode', 'city'],
    group: groups.reference,
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', label: 'Nom', type: 'text', required: true, unique: true },
    {
      name: 'isOnline',
      label: 'En ligne (pas d’adresse physique)',
      type: 'checkbox',
      defaultValue: false,
    },
    {
      name: 'url',
      label: 'Lien de connexion ou page du lieu',
      type: 'text',
      validate: validateHttpUrl,
      admin: { condition: (_, siblingData) => Boolean(siblingData?.isOnline) },
    },
    {
      type: 'row',
      admin: { condition: (_, siblingData) => !siblingData?.isOnline },
      fields: [
        { name: 'street', label: 'Rue et numéro', type: 'text' },
        {
          name: 'postcode',
          label: 'Code postal',
          type: 'text',
          validate: (value: string | null | undefined) =>
            !value || /^\d{4}$/.test(value.trim()) || 'Un code postal belge a quatre chiffres.',
        },
        { name: 'city', label: 'Localité', type: 'text' },
      ],
    },
    { name: 'mapUrl', label: 'Lien vers la carte', type: 'text', validate: validateHttpUrl },
  ],
  hooks: {
    beforeValidate: [
      normalizeSingleLineFields(['name', 'street', 'city', 'postcode']),
      ({ data, originalDoc, collection, req }) => {
        const merged = { ...originalDoc, ...data }
        if (merged.isOnline && !merged.url) {
          throw new ValidationError(
            {
              collection: collection.slug,
              errors: [{ path: 'url', message: 'Un lieu en ligne a besoin d’un lien.' }],
            },
            req.t,
          )
        }
        return data
      },
    ],
  },
}
