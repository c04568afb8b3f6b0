import type { CollectionConfig } from 'payload'

import { slugs } from './slugs'

/**
 * The claim on a send: creating the lock document for a key succeeds for one worker only (unique
 * index, atomic in SQLite and MongoDB alike). The lease lets another worker take over a crashed one.
 */
export const SendLocks: CollectionConfig = {
  slug: slugs.sendLocks,
  labels: { singular: 'Verrou d’envoi', plural: 'Verrous d’envoi' },
  access: { create: () => false, read: () => false, update: () => false, delete: () => false },
  admin: { hidden: true, useAsTitle: 'key' },
  fields: [
    { name: 'key', label: 'Clé', type: 'text', required: true, unique: true, index: true },
    { name: 'owner', label: 'Détenteur', type: 'text', required: true },
    { name: 'leaseUntil', label: 'Bail jusqu’au', type: 'date', required: true },
  ],
}
