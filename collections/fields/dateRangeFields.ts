import type { DateField, Field } from 'payload'

import { brusselsDate } from './brusselsDate'

type DateOverrides = Partial<Omit<DateField, 'type' | 'name'>>

/**
 * Start, end and all-day flag, shared by agenda items, conferences, their sessions and meetings.
 * `startsAt` is required and indexed: every list and feed sorts and filters on it.
 */
export function dateRangeFields({
  withAllDay = true,
  startsAt = {},
  endsAt = {},
}: { withAllDay?: boolean; startsAt?: DateOverrides; endsAt?: DateOverrides } = {}): Field[] {
  return [
    {
      type: 'row',
      fields: [
        brusselsDate({
          name: 'startsAt',
          label: 'Début',
          overrides: { required: true, index: true, ...startsAt },
        }),
        brusselsDate({
          name: 'endsAt',
          label: 'Fin',
          overrides: {
            ...endsAt,
            admin: {
              description: "Facultatif. Pour un événement d'une journée entière, le dernier jour.",
              ...endsAt.admin,
            },
          },
        }),
      ],
    },
    ...(withAllDay
      ? [
          {
            name: 'isAllDay',
            label: 'Toute la journée (sans heure)',
            type: 'checkbox',
            defaultValue: false,
          } satisfies Field,
        ]
      : []),
  ]
}
