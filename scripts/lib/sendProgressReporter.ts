import cliProgress from 'cli-progress'

import type { SendProgress } from '../../src/server/sending/runSend'

/** « 1 h 02 min », « 3 min 05 s », « 12 s »: cli-progress's own format is English (« 1m5s »). */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '…'
  const total = Math.round(seconds)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const rest = total % 60
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, '0')} min`
  if (minutes > 0) return `${minutes} min ${String(rest).padStart(2, '0')} s`
  return `${rest} s`
}

export type SendProgressReporter = {
  update: (progress: SendProgress) => void
  stop: () => void
}

/**
 * The terminal's view of a send: a cli-progress bar (ETA, mails/s) on a TTY; in logs (not a TTY),
 * a plain line every `everyBatches` batches and at the last one, without control characters.
 */
export function sendProgressReporter({
  isTty = Boolean(process.stdout.isTTY),
  everyBatches = 10,
  write = (line: string) => process.stdout.write(`${line}\n`),
  sentBefore = 0,
}: {
  isTty?: boolean
  everyBatches?: number
  write?: (line: string) => void
  /** Already sent when this run started (a resumed send): the rate counts this run's mails only. */
  sentBefore?: number
} = {}): SendProgressReporter {
  const started = Date.now()
  const rateOf = (sent: number) => {
    const seconds = (Date.now() - started) / 1000
    return seconds > 0 ? Math.max(sent - sentBefore, 0) / seconds : 0
  }
  if (isTty) {
    const bar = new cliProgress.SingleBar({
      format:
        'Envoi {bar} {percentage} % · {value}/{total} courriels · {rate} courriels/s · {failed} en échec · reste {eta_formatted}',
      formatTime: (seconds) => formatDuration(seconds),
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      etaBuffer: 20,
    })
    let isStarted = false
    return {
      update: ({ sent, failed, total }) => {
        const payload = { rate: rateOf(sent).toFixed(0), failed }
        if (!isStarted) {
          bar.start(total, sent + failed, payload)
          isStarted = true
        } else bar.update(sent + failed, payload)
      },
      stop: () => {
        if (isStarted) bar.stop()
      },
    }
  }
  return {
    update: ({ sent, failed, total, batch, batches }) => {
      const rate = rateOf(sent)
      if (batch % everyBatches !== 0 && batch < batches) return
      const done = sent + failed
      const percent = total > 0 ? Math.floor((done / total) * 100) : 100
      const eta = rate > 0 ? formatDuration((total - done) / rate) : '…'
      write(
        `Envoi : ${done}/${total} courriels (${percent} %) · lot ${batch}/${batches} · ${rate.toFixed(0)} courriels/s · ${failed} en échec · reste ${eta}`,
      )
    },
    stop: () => {},
  }
}
