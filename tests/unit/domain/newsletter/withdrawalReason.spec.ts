import { parseWithdrawalReason } from '@/domain/newsletter/withdrawalReason'

describe('parseWithdrawalReason', () => {
  it('should keep a trimmed reason', () => {
    expect(parseWithdrawalReason('  Demande RGPD du 12/03  ')).toEqual({
      reason: 'Demande RGPD du 12/03',
    })
  })

  it('should refuse a missing or empty reason in French', () => {
    expect([parseWithdrawalReason(undefined), parseWithdrawalReason('   ')]).toEqual([
      { error: 'Indiquez le motif du retrait (par exemple la demande reçue et sa date).' },
      { error: 'Indiquez le motif du retrait (par exemple la demande reçue et sa date).' },
    ])
  })

  it('should refuse a reason over 1000 characters', () => {
    expect(parseWithdrawalReason('x'.repeat(1001))).toEqual({
      error: 'Le motif du retrait est trop long (1000 caractères au plus).',
    })
  })
})
