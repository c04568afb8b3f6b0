import { spawn } from 'node:child_process'

export type ScriptProcess = {
  pid: number
  /** Resolves with the exit code (null when killed by a signal) once the whole script has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>
  output: () => string
  /** Signals the script's whole process group: the wrapper and the real process behind it. */
  kill: (signal: NodeJS.Signals) => void
}

/**
 * Runs a script in its own process group, so a test can signal the real process and not only a
 * wrapper (killing the tsx CLI wrapper alone let its child finish the work):
 * - `{ npmScript: 'send' }`: `npm run send -- …`, exactly what an operator or a supervisor runs;
 * - `{ script: 'scripts/x.ts' }`: one process, `node --import tsx` (what `npm start` runs).
 */
export function spawnScript({
  script,
  npmScript,
  args = [],
  env = {},
}: {
  /** A path from the project root, e.g. 'tests/helpers/scripts/backgroundServices.ts'. */
  script?: string
  /** A script of package.json, e.g. 'send'. */
  npmScript?: string
  args?: string[]
  env?: Record<string, string | undefined>
}): ScriptProcess {
  const started = Date.now()
  const [command, commandArgs] = npmScript
    ? ['npm', ['run', '--silent', npmScript, '--', ...args]]
    : [process.execPath, ['--conditions=development', '--import', 'tsx', script ?? '', ...args]]
  const child = spawn(command, commandArgs, {
    cwd: process.cwd(),
    // Jest's own NODE_OPTIONS (vm modules) must not reach the script.
    env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'warn', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>(
    (resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal, ms: Date.now() - started })),
  )
  const pid = child.pid as number
  return {
    pid,
    exited,
    output: () => output,
    kill: (signal) => {
      try {
        process.kill(-pid, signal)
      } catch (error) {
        // ESRCH: the group has already exited, which is what the kill wanted.
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
      }
    },
  }
}

/** Whether any process of the group still runs (signal 0 only checks). */
export function isGroupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}
