/**
 * An error the app expects and explains: a stable English `code` to match on, a French
 * `userMessage` to show, the HTTP `status` an endpoint answers with, and the underlying `cause`.
 * The edge turns it into a response in one place (src/server/http/errorResponse.ts).
 *
 * @example throw new AppError({ code: 'member_revoked', status: 409, userMessage: 'Lien révoqué.' })
 */
export class AppError extends Error {
  readonly code: string
  readonly userMessage: string
  readonly status: number
  constructor({
    code,
    userMessage,
    status = 500,
    message,
    cause,
  }: {
    code: string
    userMessage: string
    status?: number
    message?: string
    cause?: unknown
  }) {
    super(message ?? userMessage, { cause })
    this.name = 'AppError'
    this.code = code
    this.userMessage = userMessage
    this.status = status
  }
}

/** The user may not do this: anonymous, or a role without the right. */
export class ForbiddenError extends AppError {
  constructor(userMessage: string) {
    super({ code: 'forbidden', status: 403, userMessage })
    this.name = 'ForbiddenError'
  }
}

/** The document the request names does not exist (or the user may not read it). */
export class NotFoundError extends AppError {
  constructor(userMessage: string) {
    super({ code: 'not_found', status: 404, userMessage })
    this.name = 'NotFoundError'
  }
}

/** The request itself is wrong (a field, a file): the message says what to fix. */
export class InvalidRequestError extends AppError {
  constructor({ code = 'invalid_request', userMessage }: { code?: string; userMessage: string }) {
    super({ code, status: 400, userMessage })
    this.name = 'InvalidRequestError'
  }
}

/**
 * The mail provider refused or failed a request. `statusCode` is the provider's answer;
 * `isRetryable` for 429, 5xx and network errors.
 */
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
      // Our answer when the provider failed us: a bad gateway, whatever the provider's own status.
      status: 502,
    })
    this.name = 'MailerError'
    this.statusCode = statusCode
    this.retryAfterSeconds = retryAfterSeconds
  }

  get isRetryable(): boolean {
    // Another request with the same key is still running: the same key, later, gets its answer.
    if (this.code === 'concurrent_idempotent_requests') return true
    return this.statusCode === null || this.statusCode === 429 || this.statusCode >= 500
  }

  /** The same key was sent with another body: re-sending under other keys would send twice. */
  get isIdempotencyConflict(): boolean {
    return this.code === 'invalid_idempotent_request'
  }
}

/**
 * A send that must stop for a human rather than risk a duplicate or a loss (an idempotency key
 * refused with another body, a batch the provider answered for the wrong number of recipients).
 */
export class SendStopError extends AppError {
  constructor({ userMessage, cause }: { userMessage: string; cause?: unknown }) {
    super({ code: 'send_stopped', userMessage, cause })
    this.name = 'SendStopError'
  }
}

/**
 * An issue that may not go out as it stands (an article back in draft, an empty subject, an issue
 * no longer approved): found when its send is about to freeze it, before anyone is mailed.
 */
export class IssueNotReadyError extends AppError {
  constructor(userMessage: string) {
    super({ code: 'issue_not_ready', status: 409, userMessage })
    this.name = 'IssueNotReadyError'
  }
}
