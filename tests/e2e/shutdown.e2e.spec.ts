import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { isGroupAlive } from '../helpers/spawnScript'
import { freePort } from '../helpers/startApp'

const isListening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

/**
 * `npm start` stops cleanly: SIGTERM to its process group (what systemd and a terminal's Ctrl-C do)
 * ends bootstrap.mjs, the app process (scheduler, local mail server, Payload) and Next within 10 s,
 * with code 0 and both ports closed. It used to leave the process and port 3025 alive.
 */
describe('npm start shutdown', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actunipso-shutdown-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('should exit 0 within 10 s on SIGTERM, with the web and mail ports closed', async () => {
    const port = await freePort()
    const mailPort = await freePort()
    let output = ''
    const child = spawn(process.execPath, ['scripts/bootstrap.mjs', 'start'], {
      cwd: process.cwd(),
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        DATABASE_URI: `file:${path.join(dir, 'app.db')}`,
        PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
        LOG_LEVEL: 'warn',
        PORT: String(port),
        MAIL_LOCAL_PORT: String(mailPort),
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    const pid = child.pid as number
    try {
      const started = Date.now()
      while (!output.includes('est prêt')) {
        if (child.exitCode !== null) throw new Error(`npm start s'est arrêté :\n${output}`)
        if (Date.now() - started > 20 * 60_000) throw new Error(`Jamais prêt :\n${output}`)
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
      const signalled = Date.now()
      process.kill(-pid, 'SIGTERM')
      const code = await exited
      const stopMs = Date.now() - signalled
      // The group's last processes may outlive bootstrap by a few milliseconds.
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect({
        code,
        isWithin10s: stopMs < 10_000,
        isGroupGone: !isGroupAlive(pid),
        isWebOpen: await isListening(port),
        isMailOpen: await isListening(mailPort),
      }).toEqual({
        code: 0,
        isWithin10s: true,
        isGroupGone: true,
        isWebOpen: false,
        isMailOpen: false,
      })
    } finally {
      if (isGroupAlive(pid)) process.kill(-pid, 'SIGKILL')
    }
  })
})
