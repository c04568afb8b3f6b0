import type { DateField, DateFieldValidation, Field } from 'payload'
import { date } from 'payload/shared'

import { checkEventDates } from '@/domain/content/eventDates'
import { brusselsDate } from './brusselsDate'

/**
 * « Fin » checked against its row's « Début » by the field itself, so the admin's form state
 * computes the same French reason as the collection's hook (collections/hooks/validateEventDates)
 * and keeps it under the field while the editor types elsewhere, instead of losing the server's
 * reason at the next form-state answer.
 */
const endsAfterStart: DateFieldValidation = (value, options) => {
  const base = date(value, options)
  if (base !== true) return base
  const sibling = (options.siblingData ?? {}) as { startsAt?: unknown; isAllDay?: unknown }
  if (!value || typeof sibling.startsAt !== 'string' || !sibling.startsAt) return true
  return (
    checkEventDates({
      startsAt: sibling.startsAt,
      endsAt: value instanceof Date ? value.toISOString() : String(value),
      isAllDay: sibling.isAllDay === true,
    }) ?? true
  )
}

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
            validate: endsAfterStart,
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
