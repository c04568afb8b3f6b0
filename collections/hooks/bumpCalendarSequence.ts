import type { CollectionBeforeChangeHook } from 'payload'

import { nextSequence } from '@/domain/content/calendarSequence'

/** Keeps `sequence` growing when time, place or status change (see nextSequence). */
export const bumpCalendarSequence: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
}) => {
  data.sequence = operation === 'create' ? 0 : nextSequence({ before: originalDoc, after: data })
  return data
}
