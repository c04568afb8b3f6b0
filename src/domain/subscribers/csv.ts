/**
 * CSV as Belgian spreadsheets write it: ";" (or "," elsewhere), detected on the header. Reading is
 * csv-parse's, streamed (src/server/subscribers/readCsv.ts); here are the pure parts around it.
 */
export type CsvRow = { line: number; cells: string[] }
export type CsvTable = { header: string[]; rows: CsvRow[] }

/**
 * The delimiter of a file, from its header line: ";" when it has more semicolons than commas.
 *
 * @example detectDelimiter('email;nom,prénom;organisation') // ';'
 */
export function detectDelimiter(headerLine: string): ';' | ',' {
  const count = (char: string) => headerLine.split(char).length - 1
  return count(';') > count(',') ? ';' : ','
}

/**
 * What a reader of the file is told when csv-parse stops on `line` with `code`, in French.
 *
 * @example csvReadError({ code: 'CSV_QUOTE_NOT_CLOSED', line: 2 }) // 'Guillemet ouvert sans fin à partir de la ligne 2.'
 */
export function csvReadError({ code, line }: { code: string; line: number }): string {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `Guillemet ouvert sans fin à partir de la ligne ${line}.`
    default:
      return `Ligne ${line} illisible (${code}).`
  }
}

/**
 * One value for CSV output (RFC 4180): quoted when it holds a quote, a delimiter (";" or ",") or a
 * line break, its quotes doubled. A value a spreadsheet would run as a formula (=, +, -, @, tab,
 * carriage return first, as OWASP lists them) gets a leading apostrophe.
 *
 * @example csvCell('=1+1') // "'=1+1"
 */
export function csvCell(value: string | null | undefined): string {
  let text = value ?? ''
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[";,\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
