import type { CollectionBeforeValidateHook } from 'payload'

import { normalizeSingleLine } from '@/domain/content/inlineItalics'

/**
 * Trims and flattens one-line text fields (titles, names). The value stays text: HTML typed in a
 * title is stored as the characters the editor typed and escaped wherever it is shown.
 */
export function normalizeSingleLineFields(fieldNames: string[]): CollectionBeforeValidateHook {
  return ({ data }) => {
    if (!data) return data
    for (const name of fieldNames) {
      const value = data[name]
      if (typeof value === 'string') data[name] = normalizeSingleLine(value)
    }
    return data
  }
}
