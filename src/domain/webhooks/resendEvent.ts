import type { ResendWebhookEvent } from './svixSignature'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The event a verified webhook body carries, or null when it is not one: a valid signature
 * proves who sent the body, not that it is an event (`null`, `[]` and `{"type": 3}` are signed
 * as easily). Only the fields the endpoint reads are checked.
 *
 * @example
 * parseResendEvent('{"type":"email.bounced","data":{"email_id":"e1"}}')?.type // 'email.bounced'
 * parseResendEvent('null') // null
 */
export function parseResendEvent(body: string): ResendWebhookEvent | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return null
  }
  if (!isRecord(parsed) || typeof parsed.type !== 'string') return null
  const { data } = parsed
  if (data === undefined) return parsed as ResendWebhookEvent
  if (!isRecord(data)) return null
  if (data.email_id !== undefined && typeof data.email_id !== 'string') return null
  if (data.tags !== undefined && !isRecord(data.tags)) return null
  return parsed as ResendWebhookEvent
}
