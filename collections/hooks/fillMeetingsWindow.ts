import type { CollectionBeforeValidateHook } from 'payload'

import { defaultMeetingsWindow, validateIssueMonth } from '@/domain/content/issueMonth'
import { fieldError } from './fieldError'

/** Fills the meetings window from the month when the editor leaves it empty, and checks its order. */
export const fillMeetingsWindow: CollectionBeforeValidateHook = ({
  data,
  originalDoc,
  collection,
  req,
}) => {
  if (!data) return data
  const month = data.month ?? originalDoc?.month
  if (typeof month === 'string' && validateIssueMonth(month) === true) {
    const window = defaultMeetingsWindow(month)
    if (!data.meetingsFrom && !originalDoc?.meetingsFrom) data.meetingsFrom = window.from
    if (!data.meetingsUntil && !originalDoc?.meetingsUntil) data.meetingsUntil = window.until
  }
  const from = data.meetingsFrom ?? originalDoc?.meetingsFrom
  const until = data.meetingsUntil ?? originalDoc?.meetingsUntil
  if (from && until && Date.parse(until) < Date.parse(from)) {
    throw fieldError({
      req,
      collection,
      path: 'meetingsUntil',
      message: 'La fin de la période des réunions doit suivre son début.',
    })
  }
  return data
}
