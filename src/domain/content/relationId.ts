/**
 * The id of a relationship as Payload returns it: the id itself (depth 0) or the populated
 * document (depth ≥ 1).
 *
 * @example relationId({ id: 3, title: 'x' }) // 3
 */
export function relationId<T extends number | string>(value: T | { id: T }): T {
  return typeof value === 'object' ? value.id : value
}
