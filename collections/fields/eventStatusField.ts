import type { SelectField } from 'payload'

import { EVENT_STATUSES, toOptions } from '@/domain/content/options'

/** Confirmed, postponed or cancelled: a cancelled event stays in the feeds, marked cancelled. */
export function eventStatusField({
  overrides = {},
}: { overrides?: Partial<Omit<SelectField, 'type' | 'name' | 'options'>> } = {}): SelectField {
  return {
    name: 'status',
    label: 'Statut',
    type: 'select',
    required: true,
    defaultValue: 'confirmed',
    options: toOptions(EVENT_STATUSES),
    ...overrides,
    admin: { position: 'sidebar', ...overrides.admin },
  } as SelectField
}
