import type { CollectionConfig } from 'payload'

import { publishedContentAccess } from './access/publishedContentAccess'
import { dateRangeFields } from './fields/dateRangeFields'
import { eventAdmin, eventFields } from './fields/eventFields'
import { rowArrayField } from './fields/rowArrayField'
import { bumpCalendarSequence } from './hooks/bumpCalendarSequence'
import { normalizeSingleLineFields } from './hooks/normalizeSingleLineFields'
import { returnFeaturingIssuesToReview } from './hooks/returnFeaturingIssuesToReview'
import { validateEventDates } from './hooks/validateEventDates'
import { validateSessionDates } from './hooks/validateSessionDates'
import { validateHttpUrl } from './fields/validateHttpUrl'
import { slugs } from './slugs'

/** Conferences: like agenda items, plus speakers, sessions over one or several days and documents. */
export const Conferences: CollectionConfig = {
  slug: slugs.conferences,
  labels: { singular: 'Conférence', plural: 'Conférences' },
  access: publishedContentAccess({ isPublished: { equals: true } }),
  admin: eventAdmin(),
  defaultSort: '-startsAt',
  fields: [
    ...eventFields(),
    rowArrayField({
      name: 'speakers',
      label: 'Intervenants',
      labels: { singular: 'Intervenant', plural: 'Intervenants' },
      fields: [
        { name: 'name', label: 'Nom', type: 'text', required: true },
        { name: 'role', label: 'Fonction et organisation', type: 'text' },
      ],
    }),
    {
      name: 'sessions',
      label: 'Sessions',
      labels: { singular: 'Session', plural: 'Sessions' },
      type: 'array',
      admin: { description: 'Pour une conférence sur plusieurs jours ou en plusieurs parties.' },
      fields: [
        { name: 'title', label: 'Intitulé', type: 'text', required: true },
        ...dateRangeFields({ withAllDay: false }),
        {
          name: 'venue',
          label: 'Lieu (si différent)',
          type: 'relationship',
          relationTo: slugs.venues,
        },
      ],
    },
    {
      name: 'documents',
      label: 'Documents publiés après la conférence',
      labels: { singular: 'Document', plural: 'Documents' },
      type: 'array',
      fields: [
        { name: 'title', label: 'Titre', type: 'text', required: true },
        { name: 'file', label: 'Fichier', type: 'upload', relationTo: slugs.media },
        {
          name: 'url',
          label: 'ou lien',
          type: 'text',
          validate: validateHttpUrl,
        },
      ],
    },
  ],
  hooks: {
    beforeValidate: [
      normalizeSingleLineFields(['title']),
      validateEventDates,
      validateSessionDates,
    ],
    beforeChange: [bumpCalendarSequence],
    afterChange: [returnFeaturingIssuesToReview('conference')],
  },
}
