import type { NumberField } from 'payload'

/**
 * The iCalendar SEQUENCE of an event, kept by the bumpCalendarSequence hook: calendar clients
 * apply an update only when it grows, so editors never type it.
 */
export function sequenceField({
  overrides = {},
}: { overrides?: Partial<Omit<NumberField, 'type' | 'name'>> } = {}): NumberField {
  return {
    name: 'sequence',
    label: 'Séquence iCalendar',
    type: 'number',
    defaultValue: 0,
    ...overrides,
    admin: { position: 'sidebar', readOnly: true, ...overrides.admin },
  } as NumberField
}
