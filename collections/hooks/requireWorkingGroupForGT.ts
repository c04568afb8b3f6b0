import type { CollectionBeforeValidateHook } from 'payload'
import { fieldError } from './fieldError'

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
      message: 'Choisissez le groupe de travail qui se réunit.',
    })
  }
  if (kind && kind !== 'gt') data.workingGroup = null
  return data
}
