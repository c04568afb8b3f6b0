export const MAX_WITHDRAWAL_REASON_LENGTH = 1000

/**
 * The reason given for withdrawing an edition from the public archive (a legal request): required,
 * since the log and the edition must say why a sent issue is no longer public.
 *
 * @example parseWithdrawalReason('  Demande de retrait (RGPD) du 12/03  ') // { reason: 'Demande de retrait (RGPD) du 12/03' }
 */
export function parseWithdrawalReason(value: unknown): { reason: string } | { error: string } {
  const reason = typeof value === 'string' ? value.trim() : ''
  if (reason.length < 5)
    return { error: 'Indiquez le motif du retrait (par exemple la demande reçue et sa date).' }
  if (reason.length > MAX_WITHDRAWAL_REASON_LENGTH)
    return {
      error: `Le motif du retrait est trop long (${MAX_WITHDRAWAL_REASON_LENGTH} caractères au plus).`,
    }
  return { reason }
}
