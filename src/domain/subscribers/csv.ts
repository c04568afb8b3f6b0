/**
 * RFC 4180 CSV with the delimiter Belgian spreadsheets use (";") or a comma, detected on the header.
 * Pure; errors name the line so the user can fix the file.
 */
export type CsvTable = { header: string[]; rows: Array<{ line: number; cells: string[] }> }

export function parseCsv(text: string): { table: CsvTable } | { error: string } {
  const source = text.replace(/^\uFEFF/, '')
  const firstLine = source.split(/\r?\n/, 1)[0] ?? ''
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
  const records: Array<{ line: number; cells: string[] }> = []
  let cells: string[] = []
  let cell = ''
  let isQuoted = false
  let line = 1
  let recordLine = 1
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index] as string
    if (isQuoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"'
        index += 1
      } else if (char === '"') {
        isQuoted = false
      } else {
        if (char === '\n') line += 1
        cell += char
      }
      continue
    }
    if (char === '"' && cell === '') isQuoted = true
    else if (char === delimiter) {
      cells.push(cell)
      cell = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1
      cells.push(cell)
      records.push({ line: recordLine, cells })
      cells = []
      cell = ''
      line += 1
      recordLine = line
    } else cell += char
  }
  if (isQuoted) return { error: `Guillemet ouvert sans fin à partir de la ligne ${recordLine}.` }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell)
    records.push({ line: recordLine, cells })
  }
  const nonEmpty = records.filter((record) => record.cells.some((value) => value.trim() !== ''))
  const [head, ...rows] = nonEmpty
  if (!head) return { error: 'Le fichier est vide.' }
  return { table: { header: head.cells.map((name) => name.trim()), rows } }
}

/** Quotes a value for CSV output when needed; neutralises spreadsheet formulas (=, +, -, @). */
export function csvCell(value: string | null | undefined): string {
  let text = value ?? ''
  if (/^[=+\-@]/.test(text)) text = `'${text}`
  return /[";,\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
