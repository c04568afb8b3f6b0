import type { CollectionConfig, DateField } from 'payload'

const CELL = '/src/components/admin/BrusselsDateCell#BrusselsDateCell'
const HEADER = '/src/components/admin/DocumentTimestamps#DocumentTimestamps'

/** Payload's own timestamp field (same column, same index), with a list cell in Brussels time. */
const timestamp = (name: 'createdAt' | 'updatedAt'): DateField => ({
  name,
  type: 'date',
  index: true,
  label: ({ t }) => t(`general:${name}`),
  admin: { hidden: true, disableBulkEdit: true, components: { Cell: CELL } },
})

/**
 * Payload prints a document's creation and modification times in the browser's zone (list cells,
 * the edit view's header) while every date field is Brussels. Declaring the two timestamps
 * ourselves (Payload adds them only when missing, in this order) gives them a Brussels cell, and
 * the header gets its Brussels line beside « Sauvegarder » (src/app/(payload)/custom.css hides
 * Payload's own).
 */
export function withBrusselsTimestamps(collection: CollectionConfig): CollectionConfig {
  if (collection.timestamps === false) return collection
  const components = collection.admin?.components
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...components,
        edit: {
          ...components?.edit,
          beforeDocumentControls: [...(components?.edit?.beforeDocumentControls ?? []), HEADER],
        },
      },
    },
    fields: [...collection.fields, timestamp('updatedAt'), timestamp('createdAt')],
  }
}
