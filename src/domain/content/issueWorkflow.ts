import type { IssueStatus, Role } from './options'
import { ISSUE_STATUSES, labelOf } from './options'

/** Who asks for a status change: a logged-in role, or the system itself (seed, sender). */
export type StatusActor = Role | 'system'

export type StatusChangeVerdict = { isAllowed: true } | { isAllowed: false; message: string }

const EDITOR_STATUSES: ReadonlyArray<IssueStatus> = ['draft', 'ready']
const MANUAL_STATUSES: ReadonlyArray<IssueStatus> = ['draft', 'ready', 'approved', 'scheduled']
const SENDER_STATUSES: ReadonlyArray<IssueStatus> = ['sending', 'sent']

/**
 * Decides whether `actor` may move an issue from `from` to `to`.
 * Editors stay within draft/ready; communication staff and admins approve and schedule;
 * only the sending pipeline (actor 'system') sets sending/sent.
 *
 * @example canChangeIssueStatus({ from: 'ready', to: 'approved', actor: 'editor' }).isAllowed // false
 */
export function canChangeIssueStatus({
  from,
  to,
  actor,
}: {
  from: IssueStatus | undefined
  to: IssueStatus
  actor: StatusActor
}): StatusChangeVerdict {
  const current = from ?? 'draft'
  if (current === to || actor === 'system') return { isAllowed: true }
  if (SENDER_STATUSES.includes(current)) {
    return {
      isAllowed: false,
      message: `Ce numéro est « ${labelOf(ISSUE_STATUSES, current)} » : son statut ne peut plus être modifié.`,
    }
  }
  if (SENDER_STATUSES.includes(to)) {
    return {
      isAllowed: false,
      message: `Le statut « ${labelOf(ISSUE_STATUSES, to)} » est posé par l’envoi lui-même, pas à la main.`,
    }
  }
  if (actor === 'editor' && !(EDITOR_STATUSES.includes(current) && EDITOR_STATUSES.includes(to))) {
    return {
      isAllowed: false,
      message:
        'Un rédacteur ne peut pas faire passer un numéro au-delà de « Prêt à relire » : l’approbation et la programmation reviennent à l’équipe communication.',
    }
  }
  if (to === 'scheduled' && current !== 'approved') {
    // Approval is where the blocking checks run: scheduling must not skip it.
    return {
      isAllowed: false,
      message: 'Seul un numéro « Approuvé » peut être programmé : approuvez-le d’abord.',
    }
  }
  if (!MANUAL_STATUSES.includes(to)) {
    return { isAllowed: false, message: `Statut inconnu : ${to}.` }
  }
  return { isAllowed: true }
}

/**
 * The statuses `actor` may choose for an issue whose saved status is `from`, in workflow order:
 * what the admin's status menu offers, from the very rule the server applies.
 *
 * @example allowedIssueStatuses({ from: 'ready', actor: 'editor' }) // ['draft', 'ready']
 */
export function allowedIssueStatuses({
  from,
  actor,
}: {
  from: IssueStatus | undefined
  actor: StatusActor
}): IssueStatus[] {
  return ISSUE_STATUSES.map((option) => option.value).filter(
    (to) => canChangeIssueStatus({ from, to, actor }).isAllowed,
  )
}
