import { compileTemplate, RECIPIENT_TOKENS } from '@/domain/newsletter/personalize'
import type { FrozenEdition } from '@/domain/sending/edition'
import type { DeliveryCounts, DeliveryStatus } from '@/domain/sending/progress'
import { emptyCounts } from '@/domain/sending/progress'
import type {
  FrozenRecipient,
  PreparationStep,
  SendState,
  SendStore,
} from '@/domain/sending/sendStore'

/** A frozen edition small enough to read in a failing test. */
export const fakeEdition: FrozenEdition = {
  id: 1,
  issueId: 1,
  month: '2027-03',
  subject: '#ActUNIPSO – mars 2027',
  preheader: null,
  listId: 'actunipso.unipso.be',
  view: {
    number: 1,
    month: '2027-03',
    monthLabel: 'mars 2027',
    subject: '#ActUNIPSO – mars 2027',
    preheader: '',
    archiveUrl: 'https://actunipso.unipso.be/archives/2027-03',
    toc: [],
    sections: [],
    articles: [],
    agenda: [],
    instances: [],
    workingGroups: [],
    footer: { tagline: '', editors: '', feedbackEmail: null, feedbackPhone: null },
  },
  templates: {
    html: compileTemplate({
      rendered: `<p>${RECIPIENT_TOKENS.greeting}</p><a href="${RECIPIENT_TOKENS.unsubscribeUrl}">Se désinscrire</a>`,
      isHtml: true,
    }),
    text: compileTemplate({
      rendered: `${RECIPIENT_TOKENS.greeting}\n${RECIPIENT_TOKENS.unsubscribeUrl}`,
      isHtml: false,
    }),
  },
  contentHash: 'sha256:fake',
}

/** `count` queued recipients r<first>…, with addresses that say their id. */
export function fakeRecipients(count: number, first = 1): FrozenRecipient[] {
  return Array.from({ length: count }, (_, index) => {
    const id = first + index
    return {
      id,
      email: `r${id}@asbl.be`,
      firstName: `Prénom ${id}`,
      unsubscribeUrl: `https://actunipso.unipso.be/desinscription?token=t${id}`,
      status: 'queued',
      attempts: 0,
    }
  })
}

export type FakeSendStore = SendStore & {
  /** Recipient rows by batch number (batch n is `batches[n - 1]`), updated as the loop records. */
  readonly rows: FrozenRecipient[][]
  readonly calls: string[]
  readonly accepted: Array<{ id: FrozenRecipient['id']; providerId: string }>
  readonly refused: Array<{ id: FrozenRecipient['id']; reason: string }>
  readonly stops: Array<{ status: 'paused' | 'failed'; reason: string }>
  readonly dones: DeliveryCounts[]
  readonly notes: string[]
  readonly markedSending: number[]
  /** From now on `renew` answers false, as when another worker took the lease over. */
  loseLock: () => void
}

/**
 * An in-memory SendStore: recipients per batch, their statuses, a lease that can be lost on
 * demand, and a record of every call.
 * - `bounceOnAccept`: ids turned `bounced` as soon as they are recorded (a webhook arriving at once).
 * - `preparation`: the answers of `prepareNextPage`, in order (used when the state is `preparing`).
 */
export function fakeSendStore({
  batches,
  state = {},
  preparation = [{ written: 0, isDone: true }],
  bounceOnAccept = [],
  isClaimable = true,
}: {
  batches: FrozenRecipient[][]
  state?: Partial<SendState>
  preparation?: PreparationStep[]
  bounceOnAccept?: Array<FrozenRecipient['id']>
  isClaimable?: boolean
}): FakeSendStore {
  const rows = batches.map((batch) => batch.map((recipient) => ({ ...recipient })))
  const all = () => rows.flat()
  const byId = new Map(all().map((recipient) => [recipient.id, recipient]))
  const sendState: SendState = {
    id: 7,
    issueId: 1,
    status: 'sending',
    total: all().length,
    hasSafetyStops: true,
    ...state,
  }
  const steps = [...preparation]
  const calls: string[] = []
  const accepted: FakeSendStore['accepted'] = []
  const refused: FakeSendStore['refused'] = []
  const stops: FakeSendStore['stops'] = []
  const dones: DeliveryCounts[] = []
  const notes: string[] = []
  const markedSending: number[] = []
  let hasLease = true
  const setStatus = (id: FrozenRecipient['id'], status: DeliveryStatus) => {
    const row = byId.get(id)
    if (!row) throw new Error(`fakeSendStore: no recipient ${id}`)
    row.status = status
    row.attempts += 1
  }
  const call = (name: string) => calls.push(name)
  return {
    rows,
    calls,
    accepted,
    refused,
    stops,
    dones,
    notes,
    markedSending,
    loseLock: () => {
      hasLease = false
    },
    claim: async () => {
      call('claim')
      return isClaimable
    },
    renew: async () => {
      call('renew')
      return hasLease
    },
    release: async () => {
      call('release')
    },
    state: async () => ({ ...sendState }),
    edition: async () => fakeEdition,
    prepareNextPage: async () => {
      call('prepareNextPage')
      const step = steps.shift()
      if (!step) throw new Error('fakeSendStore: no preparation step left')
      return step
    },
    markSending: async (total) => {
      call('markSending')
      markedSending.push(total)
    },
    nextQueuedBatch: async (after) => {
      const index = rows.findIndex(
        (batch, at) => at + 1 > after && batch.some((recipient) => recipient.status === 'queued'),
      )
      return index < 0 ? null : index + 1
    },
    batch: async (batch) => (rows[batch - 1] ?? []).map((recipient) => ({ ...recipient })),
    recordAccepted: async (entries) => {
      call('recordAccepted')
      for (const { recipient, providerId } of entries) {
        // As the Payload store: a row with an outcome keeps it when a resumed batch is answered again.
        if (recipient.status !== 'queued') continue
        accepted.push({ id: recipient.id, providerId })
        setStatus(recipient.id, bounceOnAccept.includes(recipient.id) ? 'bounced' : 'sent')
      }
    },
    recordRefused: async ({ recipient, reason }) => {
      call('recordRefused')
      refused.push({ id: recipient.id, reason })
      setStatus(recipient.id, 'failed')
    },
    counts: async () => {
      const counts = emptyCounts()
      for (const recipient of all()) counts[recipient.status] += 1
      return counts
    },
    saveProgress: async () => {
      call('saveProgress')
    },
    markDone: async (counts) => {
      call('markDone')
      dones.push(counts)
    },
    markStopped: async (stop) => {
      call('markStopped')
      stops.push(stop)
    },
    returnToReview: async (reason) => {
      call('returnToReview')
      notes.push(reason)
    },
    noteError: async (message) => {
      call('noteError')
      notes.push(message)
    },
  }
}
