import type { CollectionConfig } from 'payload'

import { toOptions } from '@/domain/content/options'
import { SEND_STATUSES } from '@/domain/sending/statuses'
import { readOnlyForCommunication } from './access/readOnlyForCommunication'
import { sendEndpoints } from './endpoints/sendEndpoints'
import { brusselsDate } from './fields/brusselsDate'
import { internalField } from './fields/internalField'
import { groups, slugs } from './slugs'

/** One sending of an issue to its frozen audience; written by the sender, read by communication staff. */
export const Sends: CollectionConfig = {
  slug: slugs.sends,
  labels: { singular: 'Envoi', plural: 'Envois' },
  access: readOnlyForCommunication(),
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'status', 'total', 'sent', 'failed'],
    group: groups.broadcast,
  },
  defaultSort: '-createdAt',
  endpoints: sendEndpoints,
  fields: [
    {
      name: 'progress',
      label: 'Progression',
      type: 'ui',
      admin: {
        disableListColumn: true,
        components: { Field: '/src/components/admin/SendProgressPanel#SendProgressPanel' },
      },
    },
    { name: 'label', label: 'Envoi', type: 'text' },
    {
      name: 'issue',
      label: 'Numéro',
      type: 'relationship',
      relationTo: slugs.issues,
      required: true,
      unique: true,
    },
    {
      name: 'status',
      label: 'Statut',
      type: 'select',
      required: true,
      defaultValue: 'preparing',
      options: toOptions(SEND_STATUSES),
    },
    {
      type: 'row',
      fields: [
        { name: 'total', label: 'Destinataires', type: 'number', defaultValue: 0 },
        { name: 'sent', label: 'Envoyés', type: 'number', defaultValue: 0 },
        { name: 'failed', label: 'En échec', type: 'number', defaultValue: 0 },
      ],
    },
    brusselsDate({ name: 'startedAt', label: 'Commencé le' }),
    brusselsDate({ name: 'finishedAt', label: 'Terminé le' }),
    internalField({
      name: 'stopReason',
      label: 'Motif de l’arrêt',
      type: 'textarea',
      admin: {
        readOnly: true,
        condition: (data) => Boolean(data?.stopReason),
        description:
          'Pourquoi l’envoi s’est arrêté (pause de sécurité, échec) : à lire avant de reprendre.',
      },
    }),
    {
      name: 'safetyStops',
      label: 'Arrêts de sécurité actifs',
      type: 'checkbox',
      defaultValue: true,
      admin: {
        readOnly: true,
        description:
          'Pause automatique si les rejets ou les plaintes dépassent les seuils ; désactivés quand la communication reprend un envoi mis en pause.',
      },
    },
    internalField({ name: 'lastError', label: 'Dernière erreur', type: 'textarea' }),
  ],
}
