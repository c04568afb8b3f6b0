import { LATE_SEND_GRACE_MS, isLateSend } from '../sending/lateSend'

export type AlertSend = {
  id: number | string
  label: string
  status: string
  stopReason: string | null
  lastError: string | null
}
export type AlertIssue = {
  id: number | string
  subject: string
  scheduledAt: string | null
  hasSend: boolean
}

/** What communication staff must decide on, shown in « À faire » with its buttons. */
export type BroadcastAlert =
  | { kind: 'paused'; sendId: number | string; label: string; reason: string }
  | { kind: 'failed'; sendId: number | string; label: string; reason: string }
  | { kind: 'late'; issueId: number | string; subject: string; scheduledAt: string }

/**
 * The sends and issues that wait for a person: sends paused by a safety stop (resume or cancel),
 * failed sends with why (an `invalid_idempotent_request` stop included), and scheduled issues
 * whose time passed more than `graceMs` ago with no send yet (the scheduler will not send them:
 * « À confirmer »). Paused first, then failed, then late.
 *
 * @example broadcastAlerts({ sends: [{ id: 1, label: 'Mars', status: 'paused', stopReason: 'Rejets 3 %', lastError: null }], issues: [], now }) // [{ kind: 'paused', sendId: 1, label: 'Mars', reason: 'Rejets 3 %' }]
 */
export function broadcastAlerts({
  sends,
  issues,
  now,
  graceMs = LATE_SEND_GRACE_MS,
}: {
  sends: AlertSend[]
  issues: AlertIssue[]
  now: Date
  graceMs?: number
}): BroadcastAlert[] {
  const paused = sends
    .filter((send) => send.status === 'paused')
    .map((send) => ({
      kind: 'paused' as const,
      sendId: send.id,
      label: send.label,
      reason: send.stopReason?.trim() || 'Arrêt de sécurité (motif non précisé).',
    }))
  const failed = sends
    .filter((send) => send.status === 'failed')
    .map((send) => ({
      kind: 'failed' as const,
      sendId: send.id,
      label: send.label,
      reason:
        send.stopReason?.trim() || send.lastError?.trim() || 'Échec (aucune erreur enregistrée).',
    }))
  const late = issues
    .filter(
      (issue): issue is AlertIssue & { scheduledAt: string } =>
        !issue.hasSend &&
        issue.scheduledAt !== null &&
        isLateSend({ scheduledAt: issue.scheduledAt, now, graceMs }),
    )
    .map((issue) => ({
      kind: 'late' as const,
      issueId: issue.id,
      subject: issue.subject,
      scheduledAt: issue.scheduledAt,
    }))
  return [...paused, ...failed, ...late]
}
