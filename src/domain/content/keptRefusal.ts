/**
 * What the status menu shows as the server's refusal, from one render of the field to the
 * next. Payload forgets a server's reason at its next form-state answer (any keystroke elsewhere
 * on the page), because it recomputes validity without the collection's hooks; the reason must
 * stay while the refused status is still chosen, and go once the status changes or a save succeeds.
 */
export type Refusal = { message: string; forValue: string | undefined }

/** The field as last seen: its shown error, its value, and when the document was last saved. */
export type FieldSeen = {
  error: string | undefined
  value: string | undefined
  savedAt: string | undefined
}

/**
 * @example keptRefusal(
 *   { message: 'Approbation impossible : …', forValue: 'approved' },
 *   { error: 'Approbation impossible : …', value: 'approved', savedAt: 'a' },
 *   { error: undefined, value: 'approved', savedAt: 'a' },
 * ) // the same refusal: only the form state moved
 */
export function keptRefusal(
  current: Refusal | null,
  last: FieldSeen,
  seen: FieldSeen,
): Refusal | null {
  if (seen.error) return { message: seen.error, forValue: seen.value }
  if (seen.savedAt !== last.savedAt) return null
  return current && current.forValue === seen.value ? current : null
}
