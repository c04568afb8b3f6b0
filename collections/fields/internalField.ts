import type { Field, FieldAccess } from 'payload'

import { roleOf } from '@/domain/content/roles'

const isStaffField: FieldAccess = ({ req: { user } }) => roleOf(user) !== null

/**
 * Marks a field internal: what staff write for each other (« Remarques internes », workflow notes,
 * a withdrawal's reason) and that never leaves the admin: not in feeds, event files, emails, the
 * web archive or any answer to someone outside the team. `custom.internal` lets
 * tests/int/privacy/internalFields.int.spec.ts find every such field in the config and check each
 * output for it; the read access keeps it out of REST and Local API answers to non-staff even
 * when the document itself is public (a sent issue).
 *
 * @example internalField({ name: 'notes', label: 'Remarques internes', type: 'textarea' })
 */
export function internalField<F extends Field>(field: F): F {
  const access = 'access' in field ? field.access : undefined
  return {
    ...field,
    custom: { ...field.custom, internal: true },
    access: { ...access, read: isStaffField },
  }
}
