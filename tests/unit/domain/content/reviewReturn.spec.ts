import {
  changedIssueContent,
  hasDocumentChanged,
  isApprovedStatus,
  reviewReturnNote,
} from '@/domain/content/reviewReturn'

describe('changedIssueContent', () => {
  const before = {
    status: 'approved',
    subject: 'Février',
    preheader: null,
    articles: [1, 2],
    meetingsFrom: '2020-01-31T23:00:00.000Z',
    footer: { tagline: 'Lettre', feedbackEmail: 'a@unipso.be', feedbackPhone: null },
  }

  it('should see nothing in a status-only write', () => {
    expect(changedIssueContent({ before, after: { status: 'scheduled' } })).toEqual([])
  })

  it('should see nothing when the admin form sends every field back unchanged', () => {
    expect(
      changedIssueContent({
        before,
        after: {
          ...before,
          status: 'scheduled',
          preheader: '',
          articles: [{ id: 1, createdAt: 'x' }, 2],
          meetingsFrom: '2020-02-01T00:00:00+01:00',
          footer: { tagline: 'Lettre', feedbackEmail: 'a@unipso.be' },
        },
      }),
    ).toEqual([])
  })

  it('should name the changed fields in French', () => {
    expect(
      changedIssueContent({
        before,
        after: { subject: 'Février !', articles: [2, 1], footer: { tagline: 'Autre' } },
      }),
    ).toEqual(['l’objet', 'les articles', 'le pied de page'])
  })

  it('should name the meetings window once when both its ends move', () => {
    expect(
      changedIssueContent({
        before: { meetingsFrom: '2020-02-01T00:00:00.000Z', meetingsUntil: null },
        after: {
          meetingsFrom: '2020-02-02T00:00:00.000Z',
          meetingsUntil: '2020-03-01T00:00:00.000Z',
        },
      }),
    ).toEqual(['la période des réunions'])
  })
})

describe('hasDocumentChanged', () => {
  const article = { id: 3, title: 'Budget', rubric: 4, updatedAt: '2026-11-30T10:00:00.000Z' }

  it('should ignore a save that only touches metadata', () => {
    expect(
      hasDocumentChanged({
        before: article,
        after: { ...article, updatedAt: '2026-11-30T11:00:00.000Z', sequence: 2 },
      }),
    ).toBe(false)
  })

  it('should compare a populated relationship with its id', () => {
    expect(
      hasDocumentChanged({
        before: article,
        after: { ...article, rubric: { id: 4, label: 'POLITIQUE', createdAt: 'x' } },
      }),
    ).toBe(false)
  })

  it('should see a changed title', () => {
    expect(
      hasDocumentChanged({ before: article, after: { ...article, title: 'Budget 2027' } }),
    ).toBe(true)
  })

  it('should ignore the given fields', () => {
    expect(
      hasDocumentChanged({
        before: { notes: 'a', kind: 'ca' },
        after: { notes: 'b', kind: 'ca' },
        ignored: ['notes'],
      }),
    ).toBe(false)
  })

  it('should count a created document as changed', () => {
    expect(hasDocumentChanged({ before: null, after: article })).toBe(true)
  })
})

describe('isApprovedStatus', () => {
  it('should hold for approved and scheduled issues only', () => {
    expect(
      ['draft', 'ready', 'approved', 'scheduled', 'sending', 'sent'].map(isApprovedStatus),
    ).toEqual([false, false, true, true, false, false])
  })
})

describe('reviewReturnNote', () => {
  const at = new Date('2026-11-30T13:05:00.000Z')

  it('should name an article, its plain title and the Brussels time', () => {
    expect(reviewReturnNote({ document: { kind: 'article', title: 'Le *Budget*' }, at })).toBe(
      'Retour en relecture : l’article « Le Budget » a été modifié le 30/11/2026 à 14h05 après l’approbation.',
    )
  })

  it('should agree with a feminine document', () => {
    expect(
      reviewReturnNote({ document: { kind: 'meeting', startsAt: '2026-12-04T09:00:00.000Z' }, at }),
    ).toBe(
      'Retour en relecture : la réunion du 04/12/2026 a été modifiée le 30/11/2026 à 14h05 après l’approbation.',
    )
  })

  it('should list the issue’s own changed fields', () => {
    expect(
      reviewReturnNote({ document: { kind: 'issue', fields: ['l’objet', 'les articles'] }, at }),
    ).toBe(
      'Retour en relecture : le contenu du numéro (l’objet, les articles) a été modifié le 30/11/2026 à 14h05 après l’approbation.',
    )
  })
})
