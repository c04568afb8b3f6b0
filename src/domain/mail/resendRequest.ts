import { isEmailAddress } from './emailAddress'

/**
 * The request rules of Resend's documented API (POST /emails, POST /emails/batch), as pure
 * functions: the local Resend-compatible server answers with the same status codes and error
 * shapes, so code tested against it behaves the same against Resend.
 */

export type ResendErrorBody = { statusCode: number; name: string; message: string }
export type ApiEmail = {
  from: string
  to: string[]
  subject: string
  html?: string
  text?: string
  cc?: string[]
  bcc?: string[]
  reply_to?: string[]
  headers?: Record<string, string>
  tags?: Array<{ name: string; value: string }>
  scheduled_at?: string
}

const NAMED_EMAIL = /^[^<>]*<([^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+)>$/
export const MAX_RECIPIENTS = 50
export const MAX_BATCH = 100

/** The bare address of "Name <a@b.c>" or "a@b.c", or null when it is not an address. */
export function addressOf(value: string): string | null {
  const trimmed = value.trim()
  if (isEmailAddress(trimmed)) return trimmed
  return NAMED_EMAIL.exec(trimmed)?.[1] ?? null
}

const error = (statusCode: number, name: string, message: string): ResendErrorBody => ({
  statusCode,
  name,
  message,
})
const list = (value: unknown): unknown[] | null =>
  value === undefined || value === null ? null : Array.isArray(value) ? value : [value]

/** Checks one email of a request; returns the normalised email or Resend's error. */
export function validateApiEmail(
  input: unknown,
  { isBatch = false }: { isBatch?: boolean } = {},
): { email: ApiEmail } | { error: ResendErrorBody } {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return { error: error(422, 'validation_error', 'The request body must be a JSON object.') }
  }
  const body = input as Record<string, unknown>
  if (typeof body.from !== 'string' || !body.from)
    return { error: error(422, 'missing_required_field', 'Missing `from` field.') }
  if (!addressOf(body.from)) {
    return {
      error: error(
        422,
        'invalid_from_address',
        'Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.',
      ),
    }
  }
  const to = list(body.to)
  if (!to || to.length === 0)
    return { error: error(422, 'missing_required_field', 'Missing `to` field.') }
  if (to.length > MAX_RECIPIENTS)
    return {
      error: error(
        422,
        'validation_error',
        `Too many recipients in \`to\`: ${MAX_RECIPIENTS} maximum.`,
      ),
    }
  for (const field of ['to', 'cc', 'bcc', 'reply_to'] as const) {
    const values = field === 'to' ? to : (list(body[field]) ?? [])
    const invalid = values.find((value) => typeof value !== 'string' || !addressOf(value))
    if (invalid !== undefined) {
      return {
        error: error(
          422,
          'validation_error',
          `Invalid \`${field}\` field. Invalid email address: ${String(invalid)}`,
        ),
      }
    }
  }
  if (typeof body.subject !== 'string' || !body.subject.trim())
    return { error: error(422, 'missing_required_field', 'Missing `subject` field.') }
  if (typeof body.html !== 'string' && typeof body.text !== 'string') {
    return { error: error(422, 'missing_required_field', 'Missing `html` or `text` field.') }
  }
  if (isBatch && (body.attachments !== undefined || body.scheduled_at !== undefined)) {
    return {
      error: error(
        422,
        'validation_error',
        'Batch emails do not support `attachments` or `scheduled_at`.',
      ),
    }
  }
  if (
    body.headers !== undefined &&
    (typeof body.headers !== 'object' || Array.isArray(body.headers))
  ) {
    return {
      error: error(
        422,
        'validation_error',
        'Invalid `headers` field: an object of strings is expected.',
      ),
    }
  }
  return {
    email: {
      from: body.from,
      to: to as string[],
      subject: body.subject,
      ...(typeof body.html === 'string' ? { html: body.html } : {}),
      ...(typeof body.text === 'string' ? { text: body.text } : {}),
      ...(list(body.cc) ? { cc: list(body.cc) as string[] } : {}),
      ...(list(body.bcc) ? { bcc: list(body.bcc) as string[] } : {}),
      ...(list(body.reply_to) ? { reply_to: list(body.reply_to) as string[] } : {}),
      ...(body.headers ? { headers: body.headers as Record<string, string> } : {}),
      ...(Array.isArray(body.tags) ? { tags: body.tags as ApiEmail['tags'] } : {}),
      ...(typeof body.scheduled_at === 'string' ? { scheduled_at: body.scheduled_at } : {}),
    },
  }
}
