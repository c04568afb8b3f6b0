import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import net from 'node:net'

export type RunningApp = {
  baseUrl: string
  mailUrl: string
  output: () => string
  stop: () => Promise<void>
}

/** A free loopback port, found by letting the OS pick one. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/**
 * Starts the app exactly as a newcomer does (`npm start`, i.e. scripts/bootstrap.mjs start) in its
 * own process group, and resolves once it prints that it is ready.
 */
export async function startApp({
  env,
  timeoutMs = 20 * 60_000,
}: {
  env: Record<string, string>
  timeoutMs?: number
}): Promise<RunningApp> {
  const port = env.PORT ?? String(await freePort())
  const mailPort = env.MAIL_LOCAL_PORT ?? String(await freePort())
  let output = ''
  const child: ChildProcess = spawn(process.execPath, ['scripts/bootstrap.mjs', 'start'], {
    cwd: process.cwd(),
    env: { ...process.env, ...env, PORT: port, MAIL_LOCAL_PORT: mailPort, NODE_OPTIONS: '' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    process.kill(-child.pid, 'SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
    if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL')
  }
  const started = Date.now()
  while (!output.includes('est prêt')) {
    if (child.exitCode !== null)
      throw new Error(`npm start s'est arrêté (code ${child.exitCode}) :\n${output}`)
    if (Date.now() - started > timeoutMs) {
      await stop()
      throw new Error(`npm start n'était pas prêt après ${timeoutMs / 1000} s :\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    mailUrl: `http://127.0.0.1:${mailPort}`,
    output: () => output,
    stop,
  }
}
