import type { Payload } from 'payload'
import { pino } from 'pino'

export type LogLine = Record<string, unknown> & { msg?: string; level: number }

/** Runs `work` with payload.logger writing JSON lines into an array (level debug), then restores it. */
export async function captureLogs<T>(
  payload: Payload,
  work: () => Promise<T>,
): Promise<{ result: T; lines: LogLine[] }> {
  const lines: LogLine[] = []
  const original = payload.logger
  payload.logger = pino(
    { level: 'debug' },
    { write: (line: string) => lines.push(JSON.parse(line) as LogLine) },
  )
  try {
    return { result: await work(), lines }
  } finally {
    payload.logger = original
  }
}
