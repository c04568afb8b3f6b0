import {
  accountLines,
  erasureEmail,
  erasureLinkExpiry,
  parseProfileForm,
} from '@/domain/subscribers/account'

describe('accountLines', () => {
  const base = {
    email: 'anne@federation.be',
    firstName: 'Anne',
    lastName: null,
    organisation: 'Fédération X',
    status: 'unsubscribed',
    consent: {
      at: '2026-03-02T09:15:00.000Z',
      source: 'import',
      detail: 'abonnes-2026.csv',
      confirmedAt: null,
    },
    unsubscribedAt: '2026-07-01T10:00:00.000Z',
    createdAt: '2026-03-02T09:15:00.000Z',
  }

  it('should word status and consent in French with Brussels dates', () => {
    expect(accountLines(base)).toEqual([
      { label: 'Adresse', value: 'anne@federation.be' },
      { label: 'Prénom', value: 'Anne' },
      { label: 'Nom', value: '—' },
      { label: 'Organisation', value: 'Fédération X' },
      { label: 'Statut', value: 'Désinscrit' },
      { label: 'Inscription demandée le', value: '2 mars 2026 à 10:15' },
      { label: 'Origine du consentement', value: 'Import — abonnes-2026.csv' },
      { label: 'Inscription confirmée le', value: '—' },
      { label: 'Désinscrit le', value: '1 juillet 2026 à 12:00' },
      { label: 'Fiche créée le', value: '2 mars 2026 à 10:15' },
    ])
  })

  it('should show no consent line values when there is no consent record', () => {
    const lines = accountLines({ ...base, consent: null, unsubscribedAt: null, status: 'pending' })
    expect(
      lines
        .filter((line) => /consentement|Inscription|Statut/.test(line.label))
        .map((l) => l.value),
    ).toEqual(['En attente de confirmation', '—', '—', '—'])
  })
})

describe('parseProfileForm', () => {
  it('should keep each field on one trimmed line and allow empty fields', () => {
    expect(
      parseProfileForm({ firstName: ' Anne\n Marie ', lastName: '', organisation: 'A\tB', x: 1 }),
    ).toEqual({ form: { firstName: 'Anne Marie', lastName: '', organisation: 'A B' } })
  })

  it('should refuse a field over 120 characters, naming it', () => {
    expect(parseProfileForm({ organisation: 'x'.repeat(121) })).toEqual({
      error: 'Organisation : 120 caractères au plus (121 reçus).',
    })
  })

  it('should treat a non-text value as empty', () => {
    expect(parseProfileForm({ firstName: ['a'] })).toEqual({
      form: { firstName: '', lastName: '', organisation: '' },
    })
  })
})

describe('erasureEmail', () => {
  const email = erasureEmail({
    firstName: 'Anne & Co',
    confirmUrl: 'https://a.be/newsletter/effacement?token=t&x=1',
  })

  it('should give the link in both parts, escaped in HTML', () => {
    expect([
      email.text.includes('https://a.be/newsletter/effacement?token=t&x=1'),
      email.html.includes('href="https://a.be/newsletter/effacement?token=t&amp;x=1"'),
      email.html.includes('Bonjour Anne &amp; Co,'),
    ]).toEqual([true, true, true])
  })

  it('should make the link last seven days', () => {
    expect(erasureLinkExpiry(new Date('2026-01-01T00:00:00.000Z'))).toBe('2026-01-08T00:00:00.000Z')
  })
})
