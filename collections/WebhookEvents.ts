import type { CollectionConfig } from 'payload'

import { isAdmin } from './access/isAdmin'
import { slugs } from './slugs'

/** Processed webhook ids: creating a second row for the same svix-id fails, so a replay is ignored. */
export const WebhookEvents: CollectionConfig = {
  slug: slugs.webhookEvents,
  labels: { singular: 'Évènement webhook', plural: 'Évènements webhook' },
  access: { create: () => false, read: isAdmin, update: () => false, delete: isAdmin },
  admin: { hidden: true, useAsTitle: 'eventId' },
  fields: [
    {
      name: 'eventId',
      label: 'Identifiant de l’évènement',
      type: 'text',
      required: true,
      unique: true,
      index: true,
    },
    { name: 'type', label: 'Type', type: 'text' },
  ],
}
