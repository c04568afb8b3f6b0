import type { Payload } from 'payload'

import { BRUSSELS } from '@/domain/dates/brussels'
import { ConflictError } from '@/domain/conflictError'
import { NotFoundError } from '@/domain/errors'
import type { Edition } from '@/payload-types'

export type WithdrawalActor = { id: number | string; email?: string | null }
export type WithdrawalResult = {
  edition: Pick<Edition, 'id' | 'month' | 'isWithdrawn' | 'withdrawal'>
}

async function findEdition(payload: Payload, id: number | string) {
  const edition = await payload.findByID({
    collection: 'editions',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { month: true, isWithdrawn: true, withdrawal: true },
  })
  if (!edition) throw new NotFoundError('Édition introuvable.')
  return edition
}

const summary = (edition: Edition) => ({
  id: edition.id,
  month: edition.month,
  isWithdrawn: edition.isWithdrawn ?? false,
  withdrawal: edition.withdrawal,
})

/**
 * Takes a sent edition out of the public archive (a legal request): recorded on the edition with
 * the reason, who and when, and logged. The edition itself is kept: what was sent stays known.
 * Callers check the user's role; the reason is already validated (parseWithdrawalReason).
 */
export async function withdrawEdition({
  payload,
  editionId,
  reason,
  user,
  now = new Date(),
}: {
  payload: Payload
  editionId: number | string
  reason: string
  user: WithdrawalActor
  now?: Date
}): Promise<WithdrawalResult> {
  const edition = await findEdition(payload, editionId)
  if (edition.isWithdrawn)
    throw new ConflictError('Cette édition est déjà retirée de l’archive publique.')
  const by = user.email ?? `utilisateur ${user.id}`
  const updated = await payload.update({
    collection: 'editions',
    id: edition.id,
    data: {
      isWithdrawn: true,
      withdrawal: { reason, by, at: now.toISOString(), at_tz: BRUSSELS },
    },
    overrideAccess: true,
    depth: 0,
  })
  payload.logger.info({
    edition: edition.id,
    month: edition.month,
    user: user.id,
    by,
    reason,
    msg: 'Édition retirée de l’archive publique',
  })
  return { edition: summary(updated) }
}

/** Puts a withdrawn edition back in the public archive; logged like the withdrawal. */
export async function restoreEdition({
  payload,
  editionId,
  user,
}: {
  payload: Payload
  editionId: number | string
  user: WithdrawalActor
}): Promise<WithdrawalResult> {
  const edition = await findEdition(payload, editionId)
  if (!edition.isWithdrawn)
    throw new ConflictError('Cette édition est déjà dans l’archive publique.')
  const updated = await payload.update({
    collection: 'editions',
    id: edition.id,
    data: { isWithdrawn: false, withdrawal: { reason: null, by: null, at: null } },
    overrideAccess: true,
    depth: 0,
  })
  payload.logger.info({
    edition: edition.id,
    month: edition.month,
    user: user.id,
    by: user.email ?? `utilisateur ${user.id}`,
    previousReason: edition.withdrawal?.reason ?? null,
    msg: 'Édition remise dans l’archive publique',
  })
  return { edition: summary(updated) }
}
