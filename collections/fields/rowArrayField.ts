import type { ArrayField, Field } from 'payload'

/**
 * A repeatable list whose entries are a few short fields side by side (contacts, co-organisers,
 * speakers): one row per entry in the admin form.
 */
export function rowArrayField({
  name,
  label,
  labels,
  fields,
}: {
  name: string
  label: string
  labels: { singular: string; plural: string }
  fields: Field[]
}): ArrayField {
  return { name, label, labels, type: 'array', fields: [{ type: 'row', fields }] }
}
