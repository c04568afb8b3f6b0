import type { FrozenEdition } from './edition'
import type { DeliveryCounts, DeliveryStatus } from './progress'
import type { SendStatus } from './statuses'

export type SendState = {
  id: number | string
  issueId: number | string
  status: SendStatus
  /** The frozen audience's size (0 until preparation ends). */
  total: number
  /** Off once communication staff resumed a send the safety stops had paused. */
  hasSafetyStops: boolean
}

/** A recipient frozen in a send: everything their mail is made of besides the edition. */
export type FrozenRecipient = {
  id: number | string
  email: string
  firstName: string | null
  unsubscribeUrl: string
  status: DeliveryStatus
  attempts: number
}

/** What a page of audience preparation did: rows written, or the claim lost to another worker. */
export type PreparationStep = { written: number; isDone: boolean } | { isLockLost: true }

/**
 * Everything the sending loop needs from storage, and nothing else (listmonk's manager/store split):
 * the loop in `runSend` only sees this and the mailer. Implemented once over Payload
 * (`src/server/sending/payloadSendStore.ts`), and by fakes in unit tests.
 */
export type SendStore = {
  /** Takes the send for this worker; false when another worker holds a live lease. */
  claim: () => Promise<boolean>
  /** Extends the lease; false when the lease was lost (another worker took over after expiry). */
  renew: () => Promise<boolean>
  release: () => Promise<void>
  state: () => Promise<SendState>
  /** The issue frozen into its edition (frozen on first call, the same bytes ever after). */
  edition: () => Promise<FrozenEdition>
  /** Writes the next page of the frozen audience; never deletes, resumes where rows stop. */
  prepareNextPage: () => Promise<PreparationStep>
  /** Preparation finished: the audience size is fixed and the issue is « en cours d’envoi ». */
  markSending: (total: number) => Promise<void>
  /** The first batch after `after` that still has queued recipients, or null: one row read. */
  nextQueuedBatch: (after: number) => Promise<number | null>
  /** Every recipient of a batch, whatever their state, in a stable order (the batch's body). */
  batch: (batch: number) => Promise<FrozenRecipient[]>
  recordAccepted: (
    entries: Array<{ recipient: FrozenRecipient; providerId: string }>,
  ) => Promise<void>
  recordRefused: (entry: { recipient: FrozenRecipient; reason: string }) => Promise<void>
  counts: () => Promise<DeliveryCounts>
  saveProgress: (counts: DeliveryCounts) => Promise<void>
  markDone: (counts: DeliveryCounts) => Promise<void>
  /** Stops the send for a human to look: `paused` (safety stop) or `failed` (cannot go on safely). */
  markStopped: (stop: { status: 'paused' | 'failed'; reason: string }) => Promise<void>
  /**
   * The issue may not go out as it stands, and nothing was prepared yet: the empty send is removed
   * and the issue goes back to « Prêt à relire » with the reason, to be fixed and approved again.
   */
  returnToReview: (reason: string) => Promise<void>
  /** A resumable interruption: the reason is kept, the status is not changed. */
  noteError: (message: string) => Promise<void>
}
