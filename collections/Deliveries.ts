import type { CollectionConfig } from 'payload'

import { toOptions } from '@/domain/content/options'
import { DELIVERY_STATUSES } from '@/domain/sending/statuses'
import { readOnlyForCommunication } from './access/readOnlyForCommunication'
import { groups, slugs } from './slugs'
import { technicalAdmin } from './fields/technicalAdmin'

/**
 * One recipient of one send, frozen when the send is prepared. The pair (send, subscriber) is unique:
 * a recipient can never be queued twice.
 */
export const Deliveries: CollectionConfig = {
  slug: slugs.deliveries,
  labels: { singular: 'Distribution', plural: 'Distributions' },
  access: readOnlyForCommunication(),
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'batch', 'attempts'],
    group: groups.broadcast,
  },
  defaultSort: 'batch',
  indexes: [{ fields: ['send', 'subscriber'], unique: true }],
  fields: [
    {
      name: 'send',
      label: 'Envoi',
      type: 'relationship',
      relationTo: slugs.sends,
      required: true,
      index: true,
    },
    {
      name: 'subscriber',
      label: 'Abonné',
      type: 'relationship',
      relationTo: slugs.subscribers,
      required: true,
    },
    { name: 'email', label: 'Courriel', type: 'email', required: true },
    // Frozen with the audience: a retried batch must carry exactly the same body.
    { name: 'firstName', label: 'Prénom', type: 'text' },
    {
      name: 'unsubscribeUrl',
      label: 'Lien de désinscription',
      type: 'text',
      admin: technicalAdmin,
    },
    { name: 'batch', label: 'Lot', type: 'number', required: true, index: true },
    {
      name: 'status',
      label: 'Statut',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: toOptions(DELIVERY_STATUSES),
      index: true,
    },
    { name: 'providerMessageId', label: 'Identifiant Resend', type: 'text', index: true },
    { name: 'attempts', label: 'Tentatives', type: 'number', defaultValue: 0 },
    { name: 'lastError', label: 'Dernière erreur', type: 'text' },
  ],
}
