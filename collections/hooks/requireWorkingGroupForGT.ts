import type { CollectionBeforeValidateHook, RelationshipFieldValidation } from 'payload'
import { relationship } from 'payload/shared'

import { fieldError } from './fieldError'

const MISSING_GROUP = 'Choisissez le groupe de travail qui se réunit.'

/**
 * The same rule as the field's own check, so the admin's form state keeps the reason under the
 * field while the editor types elsewhere (a hook's reason alone goes at the next keystroke).
 */
export const validateWorkingGroup: RelationshipFieldValidation = async (value, options) => {
  const base = await relationship(value, options)
  if (base !== true) return base
  const kind = (options.siblingData as { kind?: unknown } | undefined)?.kind
  return kind === 'gt' && !value ? MISSING_GROUP : true
}

/**
 * A working-group meeting must say which group meets; other bodies must not carry one
 * (a stale group on a Bureau meeting would put it in that group's members' feeds).
 */
export const requireWorkingGroupForGT: CollectionBeforeValidateHook = ({
  data,
  originalDoc,
  collection,
  req,
}) => {
  if (!data) return data
  const kind = data.kind ?? originalDoc?.kind
  const workingGroup = 'workingGroup' in data ? data.workingGroup : originalDoc?.workingGroup
  if (kind === 'gt' && !workingGroup) {
    throw fieldError({
      req,
      collection,
      path: 'workingGroup',
      message: MISSING_GROUP,
    })
  }
  if (kind && kind !== 'gt') data.workingGroup = null
  return data
}
