import type { Payload } from 'payload'

import { relationId } from '@/domain/content/relationId'
import { countTotal } from '@/domain/sending/progress'
import { ISSUE_STATUSES, labelOf } from '@/domain/content/options'
import type { StaffActor } from '@/domain/content/roles'
import { actorName } from '@/domain/content/roles'
import { ConflictError } from '@/domain/conflictError'
import { NotFoundError } from '@/domain/errors'
import { BRUSSELS, formatHour, formatShortDate } from '@/domain/dates/brussels'
import { isLateSend } from '@/domain/sending/lateSend'
import { SEND_STATUSES } from '@/domain/sending/statuses'
import { findDocument } from '../database/findDocument'
import { lateSendGraceMs } from '../sending/runSend'
import { deliveryCounts } from '../sending/sendProgress'

/** What an action answers: its French confirmation. Refusals are thrown (NotFoundError, ConflictError). */
export type ActionResult = { message: string }

const when = (at: Date) =>
  `le ${formatShortDate(at.toISOString())} à ${formatHour(at.toISOString())}`

/** The send, if it is paused; otherwise the refusal. */
async function pausedSend(payload: Payload, id: number | string) {
  const send = await findDocument({ payload, collection: 'sends', id })
  if (!send) throw new NotFoundError('Envoi introuvable.')
  if (send.status !== 'paused')
    throw new ConflictError(
      `Cet envoi n’est pas en pause (statut : « ${labelOf(SEND_STATUSES, send.status)} ») : rien à reprendre ni à annuler.`,
    )
  return send
}

/**
 * Resumes a send paused by a safety stop: back to `sending` with the safety stops off (a person
 * has read the reason and decided), so the scheduler picks it up again within a minute.
 */
export async function resumeSend({
  payload,
  sendId,
  user,
}: {
  payload: Payload
  sendId: number | string
  user: StaffActor
}): Promise<ActionResult> {
  const send = await pausedSend(payload, sendId)
  await payload.update({
    collection: 'sends',
    id: send.id,
    data: { status: 'sending', safetyStops: false, stopReason: null },
    overrideAccess: true,
  })
  payload.logger.info({
    sendId: send.id,
    user: user.id,
    by: actorName(user),
    stopReason: send.stopReason ?? null,
    msg: 'Envoi repris après un arrêt de sécurité (arrêts de sécurité désactivés)',
  })
  return { message: 'Envoi repris : il continue dans la minute, sans nouvel arrêt de sécurité.' }
}

/**
 * Cancels a paused send for good: the send is `cancelled` and its issue, which some subscribers
 * already received, becomes « Envoyé » (its edition is public and can never be sent again), with
 * a note giving the numbers. The queued deliveries stay queued and are never sent.
 */
export async function cancelSend({
  payload,
  sendId,
  user,
  now = new Date(),
}: {
  payload: Payload
  sendId: number | string
  user: StaffActor
  now?: Date
}): Promise<ActionResult> {
  const send = await pausedSend(payload, sendId)
  const counts = await deliveryCounts(payload, send.id)
  const total = countTotal(counts)
  const handedOver = total - counts.queued - counts.failed
  const summary = `Envoi annulé par ${actorName(user)} ${when(now)} après ${handedOver} courriel(s) envoyé(s) sur ${total}.`
  await payload.update({
    collection: 'sends',
    id: send.id,
    data: {
      status: 'cancelled',
      finishedAt: now.toISOString(),
      finishedAt_tz: BRUSSELS,
      stopReason: [summary, send.stopReason].filter(Boolean).join(' Motif de la pause : '),
    },
    overrideAccess: true,
  })
  const issueId = relationId(send.issue)
  const issue = await payload.findByID({
    collection: 'issues',
    id: issueId,
    depth: 0,
    overrideAccess: true,
  })
  // No user: the system actor may set « Envoyé », which only the sending pipeline sets otherwise.
  if (issue.status === 'sending' || issue.status === 'scheduled')
    await payload.update({
      collection: 'issues',
      id: issueId,
      data: { status: 'sent', workflowNote: summary },
      overrideAccess: true,
    })
  payload.logger.info({
    sendId: send.id,
    issue: issueId,
    user: user.id,
    by: actorName(user),
    sent: handedOver,
    total,
    msg: summary,
  })
  return { message: summary }
}

/**
 * « Envoyer maintenant » for a scheduled issue whose time passed while the server was down: its
 * scheduled time becomes now, so the next scheduler tick sends it. Refused when the issue is not
 * late or a send already exists.
 */
export async function confirmLateSend({
  payload,
  issueId,
  user,
  now = new Date(),
}: {
  payload: Payload
  issueId: number | string
  user: StaffActor
  now?: Date
}): Promise<ActionResult> {
  const issue = await findDocument({ payload, collection: 'issues', id: issueId })
  if (!issue) throw new NotFoundError('Numéro introuvable.')
  if (issue.status !== 'scheduled')
    throw new ConflictError(
      `Ce numéro est « ${labelOf(ISSUE_STATUSES, issue.status ?? 'draft')} », pas « Programmé » : rien à confirmer.`,
    )
  if (!isLateSend({ scheduledAt: issue.scheduledAt, now, graceMs: lateSendGraceMs() }))
    throw new ConflictError(
      'Ce numéro n’est pas en retard : le programmateur l’enverra à l’heure prévue.',
    )
  const { totalDocs } = await payload.count({
    collection: 'sends',
    where: { issue: { equals: issue.id } },
    overrideAccess: true,
  })
  if (totalDocs > 0) throw new ConflictError('L’envoi de ce numéro a déjà commencé.')
  await payload.update({
    collection: 'issues',
    id: issue.id,
    data: { scheduledAt: now.toISOString(), scheduledAt_tz: BRUSSELS },
    overrideAccess: true,
  })
  payload.logger.info({
    issue: issue.id,
    month: issue.month,
    user: user.id,
    by: actorName(user),
    previousScheduledAt: issue.scheduledAt,
    msg: 'Envoi en retard confirmé : le numéro part au prochain passage du programmateur',
  })
  return { message: 'Envoi confirmé : le numéro part dans la minute.' }
}
