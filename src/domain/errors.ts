/**
 * An error the app expects and explains: a stable English `code` to match on, a French
 * `userMessage` to show, and the underlying `cause`.
 */
export class AppError extends Error {
  readonly code: string
  readonly userMessage: string
  constructor({
    code,
    userMessage,
    message,
    cause,
  }: {
    code: string
    userMessage: string
    message?: string
    cause?: unknown
  }) {
    super(message ?? userMessage, { cause })
    this.name = 'AppError'
    this.code = code
    this.userMessage = userMessage
  }
}

/** The mail provider refused or failed a request. `isRetryable` for 429, 5xx and network errors. */
export class MailerError extends AppError {
  readonly statusCode: number | null
  readonly retryAfterSeconds: number | null
  constructor({
    code,
    message,
    statusCode,
    retryAfterSeconds = null,
  }: {
    code: string
    message: string
    statusCode: number | null
    retryAfterSeconds?: number | null
  }) {
    super({
      code,
      message: `${code}: ${message}`,
      userMessage: `L’envoi du courriel a échoué (${message}).`,
    })
    this.name = 'MailerError'
    this.statusCode = statusCode
    this.retryAfterSeconds = retryAfterSeconds
  }

  get isRetryable(): boolean {
    return this.statusCode === null || this.statusCode === 429 || this.statusCode >= 500
  }
}
