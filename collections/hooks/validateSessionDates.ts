import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

import { checkEventDates } from '@/domain/content/eventDates'

/** Each session of a conference must also end after it starts. */
export const validateSessionDates: CollectionBeforeValidateHook = ({ data, collection, req }) => {
  const sessions = (data?.sessions ?? []) as Array<{
    startsAt?: string | null
    endsAt?: string | null
  }>
  const errors = sessions.flatMap((session, index) => {
    const message = session.startsAt
      ? checkEventDates({ startsAt: session.startsAt, endsAt: session.endsAt })
      : null
    return message ? [{ path: `sessions.${index}.endsAt`, message }] : []
  })
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return data
}
