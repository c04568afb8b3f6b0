import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const SOURCES = [
  'src',
  'collections',
  'emails',
  'payload.config.ts',
  'next.config.ts',
  'package-lock.json',
  'tsconfig.json',
]
const SKIPPED = new Set(['node_modules', '.next', 'data', 'migrations'])

/** A hash of everything the Next build depends on: a changed source means a rebuild. */
export function sourceHash(projectRoot: string): string {
  const hash = crypto.createHash('sha256')
  const visit = (entry: string) => {
    const full = path.join(projectRoot, entry)
    if (!fs.existsSync(full)) return
    const stat = fs.statSync(full)
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(full).sort()) {
        if (!SKIPPED.has(child) && !child.startsWith('.next')) visit(path.join(entry, child))
      }
    } else {
      hash.update(entry)
      hash.update(fs.readFileSync(full))
    }
  }
  SOURCES.forEach(visit)
  return hash.digest('hex')
}
