/**
 * Payload's errors read by their shape, not their class. The production build bundles Payload
 * more than once (the route's copy and the one the collections' hooks import), so an error a hook
 * throws is no `instanceof` the class Payload's own REST handler checks: Payload then drops its
 * field reasons (`data.errors`) and answers only « Le champ suivant n'est pas valide : endsAt ».
 * Minification also renames the classes, so `error.name` cannot be trusted either.
 */
export type FieldReason = { path: string; message: string }

type ShapedError = Error & { status?: unknown; data?: unknown }

/** The field reasons of a ValidationError (`data.errors`), or null for any other error. */
export function fieldReasons(error: unknown): FieldReason[] | null {
  if (!(error instanceof Error)) return null
  const { data } = error as ShapedError
  const errors = (data as { errors?: unknown } | null | undefined)?.errors
  if (!Array.isArray(errors)) return null
  const reasons = errors.filter(
    (entry): entry is FieldReason =>
      typeof entry?.message === 'string' && typeof entry?.path === 'string',
  )
  return reasons.length > 0 ? reasons : null
}

/** The HTTP status a Payload error carries (APIError and its subclasses), or null. */
export function errorStatus(error: unknown): number | null {
  if (!(error instanceof Error)) return null
  const { status } = error as ShapedError
  return typeof status === 'number' ? status : null
}
