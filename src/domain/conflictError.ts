import { AppError } from './errors'

/**
 * The document is not in the state the action needs (a send that is not paused, an edition already
 * withdrawn): answered 409 with the French reason.
 */
export class ConflictError extends AppError {
  constructor(userMessage: string) {
    super({ code: 'state_conflict', status: 409, userMessage })
    this.name = 'ConflictError'
  }
}
