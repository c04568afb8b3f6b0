import type { CollectionBeforeValidateHook, DateFieldValidation } from 'payload'
import { date } from 'payload/shared'

import { defaultMeetingsWindow, validateIssueMonth } from '@/domain/content/issueMonth'
import { fieldError } from './fieldError'

const UNTIL_BEFORE_FROM = 'La fin de la période des réunions doit suivre son début.'

/** « au » checks itself against « Réunions listées du », so the admin keeps the reason shown. */
export const validateMeetingsUntil: DateFieldValidation = (value, options) => {
  const base = date(value, options)
  if (base !== true) return base
  const from = (options.siblingData as { meetingsFrom?: unknown } | undefined)?.meetingsFrom
  if (!value || typeof from !== 'string') return true
  const until = value instanceof Date ? value.getTime() : Date.parse(String(value))
  return until < Date.parse(from) ? UNTIL_BEFORE_FROM : true
}

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
      message: UNTIL_BEFORE_FROM,
    })
  }
  return data
}
