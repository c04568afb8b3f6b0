/**
 * The admin settings of a field people never read or write (tokens, hashes, frozen renders, the
 * `_tz` bookkeeping of dates): not in the edit form, and — unlike `hidden` alone, which Payload
 * still offers in « Colonnes » and « Filtres » — never a list column or a filter either.
 */
export const technicalAdmin = {
  hidden: true,
  disableListColumn: true,
  disableListFilter: true,
} as const
