import type { DeliveryCounts } from './progress'

export type SafetyThresholds = {
  /** Rates are judged only once this many mails were handed to the provider. */
  minHandedOver: number
  /** Hard bounces over mails handed over (0.02 = 2 %). */
  maxBounceRate: number
  /** Complaints over mails handed over (0.001 = 0.1 %; Gmail's bulk-sender line is 0.3 %). */
  maxComplaintRate: number
}

export const DEFAULT_SAFETY_THRESHOLDS: SafetyThresholds = {
  minHandedOver: 500,
  maxBounceRate: 0.02,
  maxComplaintRate: 0.001,
}

/** Everything the provider accepted, whatever webhooks have made of it since. */
export const handedOver = (counts: DeliveryCounts) =>
  counts.sent + counts.delivered + counts.bounced + counts.complained

const percent = (rate: number) =>
  `${(rate * 100).toLocaleString('fr-BE', { maximumFractionDigits: 2 })} %`

/**
 * Why a send must pause itself before its next batch, in French, or null when it may go on.
 * A list that bounces or complains above the thresholds hurts the federation's sender reputation
 * for every later mail: a human must look before the rest goes out.
 *
 * @example safetyStopReason({ counts: { ...emptyCounts(), sent: 480, bounced: 20 }, thresholds: DEFAULT_SAFETY_THRESHOLDS })
 * // 'Pause de sécurité : 20 rejets définitifs sur 500 courriels remis (4 %), au-delà du seuil de 2 %. …'
 */
export function safetyStopReason({
  counts,
  thresholds,
}: {
  counts: DeliveryCounts
  thresholds: SafetyThresholds
}): string | null {
  const total = handedOver(counts)
  if (total < thresholds.minHandedOver || total === 0) return null
  const check = (value: number, max: number, what: string) =>
    value / total > max
      ? `Pause de sécurité : ${value} ${what} sur ${total} courriels remis (${percent(value / total)}), au-delà du seuil de ${percent(max)}. Vérifiez la liste avant de reprendre ou d’annuler l’envoi.`
      : null
  return (
    check(counts.bounced, thresholds.maxBounceRate, 'rejets définitifs') ??
    check(counts.complained, thresholds.maxComplaintRate, 'plaintes pour spam')
  )
}
