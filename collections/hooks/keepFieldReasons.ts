import type { AfterErrorHook } from 'payload'

import { fieldReasons } from '@/server/http/payloadErrorShape'

/**
 * Every REST refusal of a hook (dates, working group, workflow) reaches the client and the admin
 * with its French reason, in production too: Payload's answer is rebuilt from the error's shape
 * as Payload itself builds it in development (`errors[0].data.errors[]`, which the admin's form
 * shows under each field). See src/server/http/payloadErrorShape.ts for why it is lost.
 */
export const keepFieldReasons: AfterErrorHook = ({ error }) => {
  if (!fieldReasons(error)) return
  const { data } = error as Error & { data: Record<string, unknown> }
  return { response: { errors: [{ name: 'ValidationError', data, message: error.message }] } }
}
