import { keptRefusal } from '@/domain/content/keptRefusal'

const REASON = 'Approbation impossible : l’article « A » est encore en brouillon.'
const shown = { error: REASON, value: 'approved', savedAt: 't1' }
const refusal = { message: REASON, forValue: 'approved' }

describe('keptRefusal', () => {
  it('should take the server’s reason when the field shows it', () => {
    expect(keptRefusal(null, { ...shown, error: undefined }, shown)).toEqual(refusal)
  })

  it('should keep the reason when a later form state forgets it while the status is unchanged', () => {
    expect(keptRefusal(refusal, shown, { ...shown, error: undefined })).toEqual(refusal)
  })

  it('should drop the reason once another status is chosen', () => {
    expect(keptRefusal(refusal, shown, { ...shown, error: undefined, value: 'review' })).toBeNull()
  })

  it('should drop the reason once a save succeeds, even with the same status', () => {
    expect(keptRefusal(refusal, shown, { ...shown, error: undefined, savedAt: 't2' })).toBeNull()
  })

  it('should show a new reason in place of the old one', () => {
    const other = 'Indiquez l’heure d’envoi.'
    expect(keptRefusal(refusal, shown, { ...shown, error: other })).toEqual({
      message: other,
      forValue: 'approved',
    })
  })
})
