import { csvCell, parseCsv } from '@/domain/subscribers/csv'

describe('parseCsv', () => {
  it('should detect semicolons and read quoted cells with delimiters, quotes and newlines', () => {
    expect(parseCsv('a;b\n"x;1";"il dit ""oui""\nfin"\n')).toEqual({
      table: { header: ['a', 'b'], rows: [{ line: 2, cells: ['x;1', 'il dit "oui"\nfin'] }] },
    })
  })

  it('should read commas, CRLF and skip blank lines, keeping line numbers', () => {
    expect(parseCsv('email,nom\r\n\r\na@b.be,A\r\n')).toEqual({
      table: { header: ['email', 'nom'], rows: [{ line: 3, cells: ['a@b.be', 'A'] }] },
    })
  })

  it('should refuse an unterminated quote and an empty file', () => {
    expect([parseCsv('a\n"oops'), parseCsv('  \n')]).toEqual([
      { error: 'Guillemet ouvert sans fin à partir de la ligne 2.' },
      { error: 'Le fichier est vide.' },
    ])
  })
})

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
})
