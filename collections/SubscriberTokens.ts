import type { CollectionConfig } from 'payload'

import { SUBSCRIBER_TOKEN_PURPOSES } from '@/domain/subscribers/subscription'
import { toOptions } from '@/domain/content/options'
import { isAdmin } from './access/isAdmin'
import { slugs } from './slugs'

/**
 * Single-purpose, single-use, expiring links sent to a subscriber (confirm a subscription, confirm
 * an erasure…). One row per request: the token itself is never stored, only its lookup part and a
 * hash. The names typed with a request wait here until it is confirmed, so a request nobody
 * confirms changes nothing on the subscriber. Server code only (overrideAccess); admins may read.
 */
export const SubscriberTokens: CollectionConfig = {
  slug: slugs.subscriberTokens,
  labels: { singular: 'Lien à usage unique', plural: 'Liens à usage unique' },
  access: { create: () => false, read: isAdmin, update: () => false, delete: isAdmin },
  admin: { hidden: true, useAsTitle: 'lookup' },
  fields: [
    {
      name: 'subscriber',
      label: 'Abonné',
      type: 'relationship',
      relationTo: slugs.subscribers,
      required: true,
      index: true,
    },
    {
      name: 'purpose',
      label: 'Usage',
      type: 'select',
      required: true,
      options: toOptions(SUBSCRIBER_TOKEN_PURPOSES),
      index: true,
    },
    {
      name: 'lookup',
      label: 'Clé de recherche',
      type: 'text',
      required: true,
      unique: true,
      index: true,
    },
    { name: 'tokenHash', label: 'Empreinte du jeton', type: 'text', required: true },
    { name: 'expiresAt', label: 'Expire le', type: 'date', required: true },
    { name: 'usedAt', label: 'Utilisé le', type: 'date' },
    {
      name: 'request',
      label: 'Données de la demande',
      type: 'json',
      admin: { description: 'Prénom, nom, organisation saisis avec la demande.' },
    },
  ],
}
