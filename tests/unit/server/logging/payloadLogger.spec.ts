import { Transform } from 'node:stream'

import { payloadLogger } from '@/server/logging/payloadLogger'

describe('payloadLogger', () => {
  it('should log JSON lines when stdout is not a terminal', () => {
    expect(payloadLogger({ level: 'warn', isTerminal: false })).toEqual({
      options: { level: 'warn' },
    })
  })

  it('should write through a synchronous pino-pretty stream in a terminal', () => {
    const logger = payloadLogger({ level: 'info', isTerminal: true })
    expect([logger.options, logger.destination instanceof Transform]).toEqual([
      { level: 'info' },
      true,
    ])
  })
})
