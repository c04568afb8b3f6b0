/**
 * Imported first by the sending bench's two phases: both work on the database the parent named
 * (BENCH_DATABASE_DIR), so the audience is set up in one process and sent from a fresh one.
 */
import path from 'node:path'

const dir = process.env.BENCH_DATABASE_DIR
if (!dir) throw new Error('BENCH_DATABASE_DIR manque : lancez le bench par npm run bench.')
process.env.DATABASE_URI = `file:${path.join(dir, 'bench.db')}`
process.env.LOG_LEVEL = 'warn'
