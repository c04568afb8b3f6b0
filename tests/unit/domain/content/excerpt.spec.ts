import { excerpt } from '@/domain/content/excerpt'

describe('excerpt', () => {
  it('should keep a short text whole, spaces collapsed', () => {
    expect(excerpt({ text: '  Source :\n ONSS  ', max: 30 })).toBe('Source : ONSS')
  })

  it('should cut a long text at the last word boundary with an ellipsis', () => {
    expect(
      excerpt({ text: 'Les comparaisons portent sur le nombre d’établissements', max: 30 }),
    ).toBe('Les comparaisons portent sur…')
  })

  it('should drop punctuation left before the ellipsis', () => {
    expect(excerpt({ text: 'Voir la matrice, mise à jour en décembre', max: 17 })).toBe(
      'Voir la matrice…',
    )
  })

  it('should cut inside a word that has no boundary early enough', () => {
    expect(excerpt({ text: 'Anticonstitutionnellement écrit', max: 10 })).toBe('Anticonsti…')
  })
})
