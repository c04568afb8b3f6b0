import type { CollectionConfig } from 'payload'

import { anyone } from './access/anyone'
import { isAdmin } from './access/isAdmin'
import { isStaff } from './access/isStaff'
import { slugField } from './fields/slugField'
import { normalizeSingleLineFields } from './hooks/normalizeSingleLineFields'
import { groups, slugs } from './slugs'

export const WorkingGroups: CollectionConfig = {
  slug: slugs.workingGroups,
  labels: { singular: 'Groupe de travail', plural: 'Groupes de travail' },
  access: { create: isStaff, read: anyone, update: isStaff, delete: isAdmin },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: groups.meetings },
  defaultSort: 'name',
  fields: [
    {
      name: 'name',
      label: 'Nom',
      type: 'text',
      required: true,
      unique: true,
      admin: { description: 'Tel qu’il s’imprime dans la lettre : « GT AViQ », « GT EmFor »…' },
    },
    slugField({ sourceField: 'name' }),
    { name: 'description', label: 'Description', type: 'textarea' },
  ],
  hooks: { beforeValidate: [normalizeSingleLineFields(['name'])] },
}
