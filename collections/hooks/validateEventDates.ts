import type { CollectionBeforeValidateHook } from 'payload'

import { checkEventDates } from '@/domain/content/eventDates'
import { fieldError } from './fieldError'

/** Refuses an event or meeting whose end is before its start, with a French message on `endsAt`. */
export const validateEventDates: CollectionBeforeValidateHook = ({
  data,
  originalDoc,
  collection,
  req,
}) => {
  if (!data) return data
  const merged = { ...originalDoc, ...data }
  const message = checkEventDates({
    startsAt: merged.startsAt,
    endsAt: merged.endsAt,
    isAllDay: merged.isAllDay,
  })
  if (message && merged.startsAt) {
    throw fieldError({ req, collection, path: 'endsAt', message })
  }
  return data
}
