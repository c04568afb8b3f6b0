import net from 'node:net'
import type { AddressInfo } from 'node:net'

export type SilentServer = {
  url: string
  /** Connections accepted so far (none is ever answered). */
  connections: () => number
  close: () => Promise<void>
}

/**
 * A mail provider that never answers: it accepts connections, reads what comes and says nothing.
 * Proves that a request does not wait for the mailer.
 */
export async function startSilentServer(): Promise<SilentServer> {
  const sockets = new Set<net.Socket>()
  let count = 0
  const server = net.createServer((socket) => {
    count += 1
    sockets.add(socket)
    socket.on('data', () => {})
    socket.on('error', () => {})
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => count,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
