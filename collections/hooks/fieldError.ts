import type { CollectionConfig, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

/**
 * A cross-field rule's refusal, shown by the admin under the field at `path` (`sessions.0.endsAt`
 * for an array row). Hooks throw it: Payload answers 400 and keeps the form as typed. `label`
 * names the field in Payload's summary (« Le champ suivant n’est pas valide : Statut ») instead
 * of its path.
 */
export function fieldError({
  req,
  collection,
  path,
  message,
  label,
}: {
  req: PayloadRequest
  collection: Pick<CollectionConfig, 'slug'>
  path: string
  message: string
  label?: string
}): ValidationError {
  return new ValidationError(
    { collection: collection.slug, errors: [{ path, message, ...(label ? { label } : {}) }] },
    req.t,
  )
}
