import { csvCell, csvReadError, detectDelimiter } from '@/domain/subscribers/csv'

describe('csvCell', () => {
  it('should quote delimiters and neutralise formulas', () => {
    expect([
      csvCell('a;b'),
      csvCell('=1+1'),
      csvCell('-2'),
      csvCell(null),
      csvCell('simple'),
    ]).toEqual(['"a;b"', "'=1+1", "'-2", '', 'simple'])
  })

  it('should quote line breaks and quotes, doubling them, and neutralise a leading tab', () => {
    expect([
      csvCell('il dit "oui"'),
      csvCell('deux\nlignes'),
      csvCell('a,b'),
      csvCell('\t=1'),
    ]).toEqual(['"il dit ""oui"""', '"deux\nlignes"', '"a,b"', "'\t=1"])
  })
})

describe('detectDelimiter', () => {
  it('should take the more frequent of semicolon and comma in the header', () => {
    expect([
      detectDelimiter('email;nom;prénom'),
      detectDelimiter('email,nom'),
      detectDelimiter('email'),
    ]).toEqual([';', ',', ','])
  })
})

describe('csvReadError', () => {
  it('should name the line in French', () => {
    expect(csvReadError({ code: 'CSV_RECORD_INCONSISTENT_COLUMNS', line: 4 })).toBe(
      'Ligne 4 illisible (CSV_RECORD_INCONSISTENT_COLUMNS).',
    )
  })
})
