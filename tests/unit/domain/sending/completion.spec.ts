import { sendCompletion } from '@/domain/sending/completion'
import { emptyCounts } from '@/domain/sending/progress'

describe('sendCompletion', () => {
  it('should be complete when every frozen recipient has an outcome', () => {
    expect(
      sendCompletion({
        total: 6,
        counts: { ...emptyCounts(), sent: 2, delivered: 1, failed: 1, bounced: 1, complained: 1 },
      }),
    ).toEqual({ isComplete: true })
  })

  it('should not be complete while recipients are still queued', () => {
    expect(sendCompletion({ total: 3, counts: { ...emptyCounts(), sent: 1, queued: 2 } })).toEqual({
      isComplete: false,
      reason: '2 destinataire(s) encore en attente après le dernier lot.',
    })
  })

  it('should not be complete when rows are missing, and say how many in French', () => {
    expect(sendCompletion({ total: 5, counts: { ...emptyCounts(), sent: 3 } })).toEqual({
      isComplete: false,
      reason:
        'Envoi incomplet : 3 distribution(s) enregistrée(s) pour 5 destinataire(s) figé(s) au départ. L’envoi n’est pas marqué comme envoyé ; vérifiez le journal des distributions.',
    })
  })

  it('should not be complete when more rows are recorded than were frozen', () => {
    expect(sendCompletion({ total: 2, counts: { ...emptyCounts(), sent: 3 } }).isComplete).toBe(
      false,
    )
  })
})
