import type { Payload } from 'payload'

import { BRUSSELS } from '@/domain/dates/brussels'
import { ConflictError } from '@/domain/conflictError'
import { NotFoundError } from '@/domain/errors'
import type { StaffActor } from '@/domain/content/roles'
import { actorName } from '@/domain/content/roles'
import type { Edition } from '@/payload-types'
import { findDocument } from '../database/findDocument'

export type WithdrawalResult = {
  edition: Pick<Edition, 'id' | 'month' | 'isWithdrawn' | 'withdrawal'>
}

async function findEdition(payload: Payload, id: number | string) {
  const edition = await findDocument({ payload, collection: 'editions', id })
  if (!edition) throw new NotFoundError('Édition introuvable.')
  return edition
}

const summary = (edition: Edition) => ({
  id: edition.id,
  month: edition.month,
  isWithdrawn: edition.isWithdrawn ?? false,
  withdrawal: edition.withdrawal,
})

/** Writes the edition's new archive state and logs who changed it, why and for which month. */
async function recordWithdrawal({
  payload,
  edition,
  user,
  data,
  log,
}: {
  payload: Payload
  edition: Edition
  user: StaffActor
  data: Pick<Edition, 'isWithdrawn' | 'withdrawal'>
  log: { msg: string } & Record<string, unknown>
}): Promise<WithdrawalResult> {
  const updated = await payload.update({
    collection: 'editions',
    id: edition.id,
    data,
    overrideAccess: true,
    depth: 0,
  })
  payload.logger.info({
    edition: edition.id,
    month: edition.month,
    user: user.id,
    by: actorName(user),
    ...log,
  })
  return { edition: summary(updated) }
}

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
  user: StaffActor
  now?: Date
}): Promise<WithdrawalResult> {
  const edition = await findEdition(payload, editionId)
  if (edition.isWithdrawn)
    throw new ConflictError('Cette édition est déjà retirée de l’archive publique.')
  return recordWithdrawal({
    payload,
    edition,
    user,
    data: {
      isWithdrawn: true,
      withdrawal: { reason, by: actorName(user), at: now.toISOString(), at_tz: BRUSSELS },
    },
    log: { reason, msg: 'Édition retirée de l’archive publique' },
  })
}

/** Puts a withdrawn edition back in the public archive; logged like the withdrawal. */
export async function restoreEdition({
  payload,
  editionId,
  user,
}: {
  payload: Payload
  editionId: number | string
  user: StaffActor
}): Promise<WithdrawalResult> {
  const edition = await findEdition(payload, editionId)
  if (!edition.isWithdrawn)
    throw new ConflictError('Cette édition est déjà dans l’archive publique.')
  return recordWithdrawal({
    payload,
    edition,
    user,
    data: { isWithdrawn: false, withdrawal: { reason: null, by: null, at: null } },
    log: {
      previousReason: edition.withdrawal?.reason ?? null,
      msg: 'Édition remise dans l’archive publique',
    },
  })
}
