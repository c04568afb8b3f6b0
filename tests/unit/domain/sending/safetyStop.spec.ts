import { emptyCounts } from '@/domain/sending/progress'
import { DEFAULT_SAFETY_THRESHOLDS, safetyStopReason } from '@/domain/sending/safetyStop'

const thresholds = DEFAULT_SAFETY_THRESHOLDS

describe('safetyStopReason', () => {
  it('should never stop below the minimum handed over, whatever the rates', () => {
    expect(
      safetyStopReason({
        counts: { ...emptyCounts(), sent: 200, bounced: 200, complained: 99 },
        thresholds,
      }),
    ).toBeNull()
  })

  it('should stop when the bounce rate is just above 2 %, with the reason in French', () => {
    expect(
      safetyStopReason({ counts: { ...emptyCounts(), sent: 979, bounced: 21 }, thresholds }),
    ).toBe(
      'Pause de sécurité : 21 rejets définitifs sur 1000 courriels remis (2,1 %), au-delà du seuil de 2 %. Vérifiez la liste avant de reprendre ou d’annuler l’envoi.',
    )
  })

  it('should go on when the bounce rate is exactly 2 %', () => {
    expect(
      safetyStopReason({ counts: { ...emptyCounts(), sent: 980, bounced: 20 }, thresholds }),
    ).toBeNull()
  })

  it('should count delivered mails as handed over', () => {
    expect(
      safetyStopReason({
        counts: { ...emptyCounts(), sent: 480, delivered: 500, bounced: 20 },
        thresholds,
      }),
    ).toBeNull()
  })

  it('should stop when the complaint rate is just above 0.1 %', () => {
    expect(
      safetyStopReason({
        counts: { ...emptyCounts(), delivered: 1998, complained: 3 },
        thresholds,
      }),
    ).toMatch(/^Pause de sécurité : 3 plaintes pour spam sur 2001 courriels remis/)
  })

  it('should go on when the complaint rate is exactly 0.1 %', () => {
    expect(
      safetyStopReason({
        counts: { ...emptyCounts(), delivered: 1998, complained: 2 },
        thresholds,
      }),
    ).toBeNull()
  })

  it('should not count refused or queued recipients as handed over', () => {
    expect(
      safetyStopReason({
        counts: { ...emptyCounts(), queued: 1000, failed: 1000, sent: 400, bounced: 50 },
        thresholds,
      }),
    ).toBeNull()
  })
})
