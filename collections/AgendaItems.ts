import type { CollectionConfig } from 'payload'

import { AGENDA_KINDS, toOptions } from '@/domain/content/options'
import { publishedContentAccess } from './access/publishedContentAccess'
import { eventAdmin, eventFields } from './fields/eventFields'
import { bumpCalendarSequence } from './hooks/bumpCalendarSequence'
import { normalizeSingleLineFields } from './hooks/normalizeSingleLineFields'
import { returnFeaturingIssuesToReview } from './hooks/returnFeaturingIssuesToReview'
import { validateEventDates } from './hooks/validateEventDates'
import { slugs } from './slugs'

/** Public events: forums, study days, webinars. They feed the Agenda and the public calendar. */
export const AgendaItems: CollectionConfig = {
  slug: slugs.agendaItems,
  labels: { singular: 'Événement de l’agenda', plural: 'Agenda' },
  access: publishedContentAccess({ isPublished: { equals: true } }),
  admin: {
    ...eventAdmin(),
    description:
      'Forums, journées d’étude, webinaires : saisis une fois, repris dans la lettre et les calendriers.',
  },
  defaultSort: '-startsAt',
  fields: [
    ...eventFields(),
    {
      name: 'kind',
      label: 'Type d’évènement',
      type: 'select',
      defaultValue: 'other',
      options: toOptions(AGENDA_KINDS),
      index: true,
      admin: { position: 'sidebar' },
    },
  ],
  hooks: {
    beforeValidate: [normalizeSingleLineFields(['title']), validateEventDates],
    beforeChange: [bumpCalendarSequence],
    afterChange: [returnFeaturingIssuesToReview('agendaItem')],
  },
}
