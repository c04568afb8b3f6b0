import { readCsv } from '@/server/subscribers/readCsv'

describe('readCsv', () => {
  it('should detect semicolons and read quoted cells with delimiters, quotes and newlines', async () => {
    expect(await readCsv('a;b\n"x;1";"il dit ""oui""\nfin"\n')).toEqual({
      table: { header: ['a', 'b'], rows: [{ line: 2, cells: ['x;1', 'il dit "oui"\nfin'] }] },
    })
  })

  it('should read commas, CRLF and skip blank lines, keeping line numbers', async () => {
    expect(await readCsv('email,nom\r\n\r\na@b.be,A\r\n')).toEqual({
      table: { header: ['email', 'nom'], rows: [{ line: 3, cells: ['a@b.be', 'A'] }] },
    })
  })

  it('should refuse an unterminated quote and an empty file', async () => {
    expect([await readCsv('a\n"oops'), await readCsv('  \n')]).toEqual([
      { error: 'Guillemet ouvert sans fin à partir de la ligne 2.' },
      { error: 'Le fichier est vide.' },
    ])
  })

  it('should number the lines after a quoted cell spanning lines, from chunks cut anywhere', async () => {
    const text = '\uFEFFemail;nom\n"a@b.be";"deux\nlignes"\n\nc@d.be;"x ""y"""\nE@f.be;z'
    async function* chunks() {
      for (let start = 0; start < text.length; start += 3) yield text.slice(start, start + 3)
    }
    expect(await readCsv(chunks())).toEqual({
      table: {
        header: ['email', 'nom'],
        rows: [
          { line: 2, cells: ['a@b.be', 'deux\nlignes'] },
          { line: 5, cells: ['c@d.be', 'x "y"'] },
          { line: 6, cells: ['E@f.be', 'z'] },
        ],
      },
    })
  })

  it('should keep a quote inside an unquoted cell as written', async () => {
    expect(await readCsv('email;nom\na@b.be;Dupont "Jr"\n')).toEqual({
      table: { header: ['email', 'nom'], rows: [{ line: 2, cells: ['a@b.be', 'Dupont "Jr"'] }] },
    })
  })

  it('should name the line where an unterminated quote starts, after multi-line cells', async () => {
    expect(await readCsv('email;nom\na@b.be;"deux\nlignes"\nc@d.be;"ouvert\ne@f.be;x')).toEqual({
      error: 'Guillemet ouvert sans fin à partir de la ligne 4.',
    })
  })
})
