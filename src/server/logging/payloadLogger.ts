import type { PrettyStream } from 'pino-pretty'
import pretty from 'pino-pretty'

import type { Env } from '@/config/env'

/**
 * Payload's logger: readable lines (coloured, local time, no pid/hostname) when a person watches
 * the terminal, so that they sit well among the French messages of `npm start` and the scripts;
 * one JSON object a line otherwise (production logs, tests, pipes). pino-pretty runs as a
 * synchronous stream in this thread, not as a pino transport: those run in a worker thread,
 * which Next's bundle of the config cannot start, and they lose the last lines of a script that
 * exits.
 */
export function payloadLogger({
  level,
  isTerminal = Boolean(process.stdout.isTTY),
}: {
  level: Env['LOG_LEVEL']
  isTerminal?: boolean
}): { options: { level: Env['LOG_LEVEL'] }; destination?: PrettyStream } {
  if (!isTerminal) return { options: { level } }
  return {
    options: { level },
    destination: pretty({
      sync: true,
      colorize: true,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname',
    }),
  }
}
