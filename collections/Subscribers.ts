import type { CollectionConfig } from 'payload'

import { CONSENT_SOURCES, SUBSCRIBER_STATUSES } from '@/domain/subscribers/subscription'
import { toOptions } from '@/domain/content/options'
import { communicationOnly } from './access/communicationOnly'
import { brusselsDate } from './fields/brusselsDate'
import { normalizeSingleLineFields } from './hooks/normalizeSingleLineFields'
import { subscriberEndpoints } from './endpoints/subscriberEndpoints'
import { prepareSubscriber } from './hooks/prepareSubscriber'
import { groups, slugs } from './slugs'
import { technicalAdmin } from './fields/technicalAdmin'

/**
 * Newsletter subscribers. Personal data (GDPR): communication staff and admins only, never
 * editors, never anonymous. Public sign-up goes through /newsletter and double opt-in.
 */
export const Subscribers: CollectionConfig = {
  slug: slugs.subscribers,
  labels: { singular: 'Abonné', plural: 'Abonnés' },
  access: communicationOnly(),
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'firstName', 'lastName', 'organisation', 'status'],
    group: groups.broadcast,
    description:
      'Abonnés de l’#ActUNIPSO. Données personnelles : visibles par la communication et les administrateurs seulement.',
    components: { beforeListTable: ['/src/components/admin/SubscribersImport#SubscribersImport'] },
  },
  defaultSort: 'email',
  endpoints: subscriberEndpoints,
  fields: [
    { name: 'email', label: 'Courriel', type: 'email', required: true, unique: true, index: true },
    {
      type: 'row',
      fields: [
        { name: 'firstName', label: 'Prénom', type: 'text' },
        { name: 'lastName', label: 'Nom', type: 'text' },
      ],
    },
    { name: 'organisation', label: 'Organisation', type: 'text' },
    {
      name: 'status',
      label: 'Statut',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: toOptions(SUBSCRIBER_STATUSES),
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'consent',
      label: 'Consentement',
      type: 'group',
      fields: [
        brusselsDate({ name: 'at', label: 'Donné le' }),
        { name: 'source', label: 'Origine', type: 'select', options: toOptions(CONSENT_SOURCES) },
        { name: 'detail', label: 'Détail (formulaire, fichier importé…)', type: 'text' },
        brusselsDate({ name: 'confirmedAt', label: 'Confirmé le (double opt-in)' }),
      ],
    },
    brusselsDate({
      name: 'unsubscribedAt',
      label: 'Désinscrit le',
      overrides: { admin: { position: 'sidebar', readOnly: true } },
    }),
    { name: 'unsubscribeReason', label: 'Raison de la désinscription', type: 'textarea' },
    {
      name: 'gdpr',
      label: 'Données personnelles (RGPD)',
      type: 'ui',
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: '/src/components/admin/SubscriberGdprActions#SubscriberGdprActions' },
      },
    },
    { name: 'token', label: 'Jeton', type: 'text', admin: technicalAdmin },
    {
      name: 'tokenLookup',
      label: 'Clé de recherche du jeton',
      type: 'text',
      unique: true,
      index: true,
      admin: technicalAdmin,
    },
  ],
  hooks: {
    beforeValidate: [normalizeSingleLineFields(['firstName', 'lastName', 'organisation'])],
    beforeChange: [prepareSubscriber],
  },
}
