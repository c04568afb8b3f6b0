import type { DeliveryCounts } from './progress'
import { countTotal } from './progress'

export type CompletionVerdict = { isComplete: true } | { isComplete: false; reason: string }

/**
 * Whether a send may be marked sent: every frozen recipient has a recorded outcome and none is
 * still queued. A send whose rows went missing (or were never all written) must never be reported
 * as sent: the numbers say what is wrong, in French.
 *
 * @example sendCompletion({ total: 3, counts: { ...emptyCounts(), sent: 3 } }) // { isComplete: true }
 */
export function sendCompletion({
  total,
  counts,
}: {
  total: number
  counts: DeliveryCounts
}): CompletionVerdict {
  const recorded = countTotal(counts)
  if (counts.queued > 0)
    return {
      isComplete: false,
      reason: `${counts.queued} destinataire(s) encore en attente après le dernier lot.`,
    }
  if (recorded !== total)
    return {
      isComplete: false,
      reason: `Envoi incomplet : ${recorded} distribution(s) enregistrée(s) pour ${total} destinataire(s) figé(s) au départ. L’envoi n’est pas marqué comme envoyé ; vérifiez le journal des distributions.`,
    }
  return { isComplete: true }
}
