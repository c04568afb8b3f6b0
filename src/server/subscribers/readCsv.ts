import { Readable, pipeline } from 'node:stream'

import type { Options } from 'csv-parse'
import { CsvError, parse } from 'csv-parse'

import type { CsvRow, CsvTable } from '@/domain/subscribers/csv'
import { csvReadError, detectDelimiter } from '@/domain/subscribers/csv'

/** Chunks of a string, so that csv-parse streams it with back-pressure instead of in one write. */
async function* chunksOf(text: string, size = 64 * 1024): AsyncGenerator<string> {
  for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size)
}

/**
 * Reads a CSV file with csv-parse, streamed: the text (whole, or as chunks, e.g. a file read with
 * `fs.createReadStream(file, 'utf8')`) is never held as a whole. The delimiter is detected on the
 * header; blank lines are skipped; each row keeps the line it starts on, for the per-line report.
 * A malformed file gives a French error naming the line.
 */
export async function readCsv(
  source: string | AsyncIterable<string>,
): Promise<{ table: CsvTable } | { error: string }> {
  const iterator = (typeof source === 'string' ? chunksOf(source) : source)[Symbol.asyncIterator]()
  // The delimiter is known only once the header line has been read.
  let head = ''
  while (!/[\r\n]/.test(head)) {
    const next = await iterator.next()
    if (next.done) break
    head += next.value
  }
  const headerLine = head.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0] ?? ''
  // Where the record being read starts: the line after the previous one ends (blank lines are
  // records too, so this holds), even when quoted cells span lines. Counted in on_record, which
  // runs as the parser reads, so an error names the line of the record it stopped in.
  let nextLine = 1
  const options: Options<CsvRow, string[]> = {
    delimiter: detectDelimiter(headerLine),
    bom: true,
    relax_column_count: true,
    // A quote inside an unquoted cell (Dupont "Jr") is kept as written.
    relax_quotes: true,
    on_record: (record, { lines }) => {
      const line = nextLine
      nextLine = lines + 1
      return { line, cells: record }
    },
  }
  // parse() types its records only with `columns`; ours are shaped by on_record.
  const parser = parse(options as unknown as Options)
  async function* all(): AsyncGenerator<string> {
    yield head
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      yield next.value
  }
  pipeline(Readable.from(all()), parser, () => {
    // Errors reach the loop below through the parser, which pipeline destroys with them.
  })
  let header: string[] | null = null
  const rows: CsvRow[] = []
  try {
    for await (const row of parser as AsyncIterable<CsvRow>) {
      if (!row.cells.some((cell) => cell.trim() !== '')) continue
      if (header) rows.push(row)
      else header = row.cells.map((name) => name.trim())
    }
  } catch (error) {
    if (error instanceof CsvError)
      return { error: csvReadError({ code: error.code, line: nextLine }) }
    throw error
  }
  if (!header) return { error: 'Le fichier est vide.' }
  return { table: { header, rows } }
}
