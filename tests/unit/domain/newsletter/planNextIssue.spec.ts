import { describeDraftNextIssue, planNextIssue } from '@/domain/newsletter/planNextIssue'

describe('planNextIssue', () => {
  it('should name next month’s issue by its month, numbered after the latest', () => {
    const plan = planNextIssue({ now: new Date('2026-11-30T10:00:00Z'), latest: { number: 41 } })
    expect([plan.month, plan.number, plan.subject]).toEqual([
      '2026-12',
      42,
      '#ActUNIPSO – Décembre 2026',
    ])
  })
})

describe('describeDraftNextIssue', () => {
  it('should say what the new draft holds', () => {
    expect(
      describeDraftNextIssue({
        isCreated: true,
        month: '2027-01',
        agendaItems: 1,
        conferences: 0,
        meetings: 5,
      }),
    ).toBe(
      'Numéro de janvier 2027 créé en brouillon avec 1 événement, 0 conférence et 5 réunions de sa période ; ajoutez-y les articles.',
    )
  })

  it('should say that an existing draft is opened untouched', () => {
    expect(
      describeDraftNextIssue({
        isCreated: false,
        month: '2026-12',
        agendaItems: 2,
        conferences: 2,
        meetings: 5,
      }),
    ).toBe('Le numéro de décembre 2026 existait déjà : il s’ouvre tel quel, rien n’a été modifié.')
  })
})
