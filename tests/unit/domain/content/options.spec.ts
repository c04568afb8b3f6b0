import { ISSUE_STATUSES, MEETING_KINDS, ROLES, labelOf, toOptions } from '@/domain/content/options'

describe('labelOf', () => {
  it('should return the label of a known value', () => {
    expect(labelOf(ISSUE_STATUSES, 'ready')).toBe('Prêt à relire')
  })

  it('should return the label of a value with an apostrophe', () => {
    expect(labelOf(ISSUE_STATUSES, 'sending')).toBe("En cours d'envoi")
  })

  it('should return the value itself when it is not in the list', () => {
    expect(labelOf(ROLES, 'guest')).toBe('guest')
  })

  it('should return an empty string for an empty value', () => {
    expect(labelOf(ROLES, '')).toBe('')
  })

  it('should match values exactly, not case-insensitively', () => {
    expect(labelOf(ROLES, 'Admin')).toBe('Admin')
  })
})

describe('toOptions', () => {
  it('should keep value and label of every option in order', () => {
    expect(toOptions(ROLES)).toEqual([
      { value: 'admin', label: 'Administrateur' },
      { value: 'communication', label: 'Communication' },
      { value: 'editor', label: 'Rédacteur' },
    ])
  })

  it('should strip extra keys such as shortLabel', () => {
    expect(toOptions(MEETING_KINDS)).toStrictEqual([
      { value: 'bureau', label: 'Bureau' },
      { value: 'ca', label: "Conseil d'administration" },
      { value: 'ag', label: 'Assemblée générale' },
      { value: 'gt', label: 'Groupe de travail' },
    ])
  })

  it('should return new objects rather than the list entries themselves', () => {
    expect(toOptions(ROLES)[0]).not.toBe(ROLES[0])
  })

  it('should return an empty array for an empty list', () => {
    expect(toOptions([])).toEqual([])
  })
})
