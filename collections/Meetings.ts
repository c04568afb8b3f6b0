import type { CollectionConfig } from 'payload'

import { MEETING_KINDS, toOptions } from '@/domain/content/options'
import { isAdmin } from './access/isAdmin'
import { isStaff } from './access/isStaff'
import { dateRangeFields } from './fields/dateRangeFields'
import { eventStatusField } from './fields/eventStatusField'
import { internalField } from './fields/internalField'
import { sequenceField } from './fields/sequenceField'
import { bumpCalendarSequence } from './hooks/bumpCalendarSequence'
import { requireWorkingGroupForGT, validateWorkingGroup } from './hooks/requireWorkingGroupForGT'
import { returnFeaturingIssuesToReview } from './hooks/returnFeaturingIssuesToReview'
import { setMeetingTitle } from './hooks/setMeetingTitle'
import { validateEventDates } from './hooks/validateEventDates'
import { groups, slugs } from './slugs'

/**
 * Governance (Bureau, CA, AG) and working-group meetings. Members only: never public.
 * Two meetings on the same day (Bureau at 10h, CA at 12h) are two documents; the newsletter
 * groups them by day.
 */
export const Meetings: CollectionConfig = {
  slug: slugs.meetings,
  labels: { singular: 'Réunion', plural: 'Réunions' },
  // A meeting belongs to the governance record: staff cancel it (status « Annulé »), which subscribed
  // calendars receive as STATUS:CANCELLED; only admins delete one.
  access: { create: isStaff, read: isStaff, update: isStaff, delete: isAdmin },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'kind', 'venue', 'status'],
    group: groups.meetings,
    description: 'Instances (Bureau, CA, AG) et groupes de travail : réservé aux membres.',
  },
  defaultSort: '-startsAt',
  fields: [
    {
      name: 'title',
      label: 'Intitulé',
      type: 'text',
      admin: {
        readOnly: true,
        description: 'Calculé à partir de l’instance, du groupe et de la date.',
      },
    },
    {
      name: 'kind',
      label: 'Instance',
      type: 'select',
      required: true,
      options: toOptions(MEETING_KINDS),
      index: true,
    },
    {
      name: 'workingGroup',
      label: 'Groupe de travail',
      type: 'relationship',
      relationTo: slugs.workingGroups,
      validate: validateWorkingGroup,
      admin: { condition: (_, siblingData) => siblingData?.kind === 'gt' },
    },
    ...dateRangeFields({ withAllDay: false }),
    { name: 'venue', label: 'Lieu', type: 'relationship', relationTo: slugs.venues },
    {
      name: 'venueLabel',
      label: 'Lieu tel qu’imprimé dans la lettre',
      type: 'text',
      admin: {
        description: 'Facultatif, par exemple « Bruxelles » au lieu de « UNIPSO Bruxelles ».',
      },
    },
    // Staff only: never in calendars, event files or the newsletter (see internalField).
    internalField({ name: 'notes', label: 'Remarques internes', type: 'textarea' }),
    eventStatusField(),
    sequenceField(),
  ],
  hooks: {
    beforeValidate: [requireWorkingGroupForGT, validateEventDates],
    beforeChange: [setMeetingTitle, bumpCalendarSequence],
    afterChange: [returnFeaturingIssuesToReview('meeting')],
  },
}
