import type { CollectionConfig } from 'payload'

import { readOnlyForCommunication } from './access/readOnlyForCommunication'
import { groups, slugs } from './slugs'
import { technicalAdmin } from './fields/technicalAdmin'

/**
 * The suppression list: one hash per person erased at their request. Written only by the erasure
 * (src/server/subscribers/gdpr.ts), read by imports, removed when the person subscribes again
 * through the double opt-in form.
 */
export const Suppressions: CollectionConfig = {
  slug: slugs.suppressions,
  labels: { singular: 'Effacement RGPD', plural: 'Effacements RGPD' },
  access: readOnlyForCommunication(),
  admin: {
    useAsTitle: 'erasedAt',
    defaultColumns: ['erasedAt', 'reason'],
    group: groups.broadcast,
    description:
      'Personnes effacées à leur demande : seule une empreinte de l’adresse est gardée, pour qu’un import ne les réinscrive pas.',
  },
  fields: [
    {
      name: 'emailHash',
      label: 'Empreinte de l’adresse',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: technicalAdmin,
    },
    {
      name: 'erasedAt',
      label: 'Effacé le',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'reason', label: 'Motif', type: 'text' },
  ],
}
