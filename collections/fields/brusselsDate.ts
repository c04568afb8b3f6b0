import type { DateField } from 'payload'

import { BRUSSELS } from '@/domain/dates/brussels'
import { technicalAdmin } from './technicalAdmin'

/**
 * A date field in Brussels time. Payload stores the UTC instant plus `<name>_tz`; offering a
 * single zone means editors never pick one and every reader formats with Europe/Brussels.
 */
export function brusselsDate({
  name,
  label,
  withTime = true,
  overrides = {},
}: {
  name: string
  label: string
  withTime?: boolean
  overrides?: Partial<Omit<DateField, 'type' | 'name'>>
}): DateField {
  return {
    name,
    label,
    type: 'date',
    timezone: {
      defaultTimezone: BRUSSELS,
      supportedTimezones: [{ label: 'Bruxelles', value: BRUSSELS }],
      // The `<name>_tz` column Payload adds is bookkeeping (always Brussels): never a list column
      // or a filter, and labelled in French wherever Payload still names it.
      override: ({ baseField }) => ({
        ...baseField,
        label: `${label} (fuseau horaire)`,
        admin: { ...baseField.admin, ...technicalAdmin },
      }),
    },
    ...overrides,
    admin: {
      date: withTime
        ? {
            pickerAppearance: 'dayAndTime',
            displayFormat: 'dd/MM/yyyy HH:mm',
            timeIntervals: 15,
            timeFormat: 'HH:mm',
            // react-datepicker's own caption above the list of times, in English by default.
            overrides: { timeCaption: 'Heure' },
          }
        : { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
      ...overrides.admin,
    },
  } as DateField
}
