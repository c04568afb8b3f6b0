import type { GlobalConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { groups } from '../slugs'

/** The scheduler's heartbeat, written on every tick and read by GET /api/health. */
export const SchedulerStatus: GlobalConfig = {
  slug: 'scheduler-status',
  label: 'État du planificateur',
  access: { read: isAdmin, update: () => false },
  admin: { group: groups.admin, hidden: true },
  fields: [
    {
      name: 'lastTickAt',
      label: 'Dernier passage',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'lastTickOk', label: 'Dernier passage réussi', type: 'checkbox' },
    { name: 'lastTickError', label: 'Dernière erreur', type: 'text' },
  ],
}
