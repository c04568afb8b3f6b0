/**
 * Graceful shutdown for the long-running scripts (`npm start`, `npm run send`): the first SIGINT or
 * SIGTERM aborts `shutdownSignal` (work in progress stops between batches), runs the registered
 * cleanups, and exits; a second signal, or the deadline, forces the exit.
 */
import os from 'node:os'

type Cleanup = () => Promise<void> | void

const DEFAULT_DEADLINE_MS = 10_000
/**
 * One Ctrl-C can arrive twice: the terminal signals the whole process group and the parent
 * (bootstrap.mjs, or tsx's CLI wrapper, which re-sends it when the child has not acknowledged it
 * within 30 ms) forwards it too. The same signal again this soon is that echo, not a second Ctrl-C.
 */
const ECHO_WINDOW_MS = 500

const controller = new AbortController()
/** Aborted by the first SIGINT/SIGTERM: pass it to runSend/sendDueIssues, start nothing new once aborted. */
export const shutdownSignal: AbortSignal = controller.signal

const cleanups: Cleanup[] = []
let isListening = false
let isRunningCleanups = false
let firstSignalAt = 0
let firstSignal: NodeJS.Signals | null = null
let deadlineMs = DEFAULT_DEADLINE_MS

const signalExitCode = (signal: NodeJS.Signals) => 128 + (os.constants.signals[signal] ?? 15)

/**
 * Runs the cleanups, last registered first (what started last stops first), each awaited, then
 * exits with `code`. A cleanup that throws is reported and the others still run.
 */
export async function shutdown({ code = 0 }: { code?: number } = {}): Promise<never> {
  if (!controller.signal.aborted) controller.abort()
  armDeadline()
  if (!isRunningCleanups) {
    isRunningCleanups = true
    for (const cleanup of [...cleanups].reverse()) {
      try {
        await cleanup()
      } catch (error) {
        console.error(`✖ Arrêt : ${error instanceof Error ? error.message : String(error)}`)
        code = code || 1
      }
    }
    process.exit(code)
  }
  // Already shutting down: the first call exits.
  return new Promise<never>(() => {})
}

let deadline: NodeJS.Timeout | null = null
function armDeadline(): void {
  if (deadline) return
  deadline = setTimeout(() => {
    console.error(
      `✖ Arrêt forcé : le travail en cours ne s’est pas terminé en ${deadlineMs / 1000} s.`,
    )
    process.exit(1)
  }, deadlineMs)
  // The deadline never keeps an otherwise finished process alive.
  deadline.unref()
}

/**
 * Listens for SIGINT/SIGTERM (once per process). With `isExitingOnSignal` (services such as
 * `npm start`) the first signal runs the cleanups and exits 0; without it (`npm run send`) the
 * signal only aborts `shutdownSignal` and arms the deadline: the script's main function stops its
 * work, says what happened, and exits with its own code.
 */
export function listenForShutdown({
  isExitingOnSignal = false,
  deadline = DEFAULT_DEADLINE_MS,
  onSignal,
}: {
  isExitingOnSignal?: boolean
  deadline?: number
  onSignal?: (signal: NodeJS.Signals) => void
} = {}): void {
  deadlineMs = deadline
  if (isListening) return
  isListening = true
  const handle = (signal: NodeJS.Signals) => {
    const now = Date.now()
    if (firstSignal === null) {
      firstSignal = signal
      firstSignalAt = now
      onSignal?.(signal)
      if (isExitingOnSignal) void shutdown({ code: 0 })
      else {
        controller.abort()
        armDeadline()
      }
      return
    }
    if (signal === firstSignal && now - firstSignalAt < ECHO_WINDOW_MS) return
    console.error(
      `\n✖ Second signal (${signal}) : arrêt immédiat, sans attendre le travail en cours.`,
    )
    process.exit(signalExitCode(signal))
  }
  process.on('SIGINT', handle)
  process.on('SIGTERM', handle)
}

/** Registers a cleanup for shutdown (stop the cron, close a server, destroy Payload…). */
export function onShutdown(cleanup: Cleanup): void {
  cleanups.push(cleanup)
}
