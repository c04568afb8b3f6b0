import { DateTime } from 'luxon'

import { toPlainTitle } from '../content/inlineItalics'
import { ARTICLE_STATUSES, EVENT_STATUSES, labelOf } from '../content/options'
import { BRUSSELS, formatShortDate, formatShortDay, formatShortDayTime } from '../dates/brussels'

/** What the pickers show of an article, an agenda item or a conference. */
export type PickerChoice = {
  id: number | string
  /** The title as typed, `*italics*` included: the admin renders them. */
  title: string
  /** One line of plain text for a native `<option>`: title without markers, then `details`. */
  label: string
  /** Date and status in words: « ven. 18 déc., 10:00 · Confirmé ». */
  details: string
  /** The date it is sorted by: an event's start, an article's last modification. */
  date: string | null
  /** Why the picker would not offer it by default (past event, article already sent), if so. */
  hiddenBecause: string | null
}

type EventDoc = {
  id: number | string
  title: string
  startsAt: string
  endsAt?: string | null
  isAllDay?: boolean | null
  status?: string | null
  isPublished?: boolean | null
}
type ArticleDoc = {
  id: number | string
  title: string
  status?: string | null
  updatedAt: string
}

/** Midnight of `now`'s day in Brussels: an event of today is not past yet. */
export function startOfBrusselsDay(now: Date): string {
  return DateTime.fromJSDate(now, { zone: BRUSSELS }).startOf('day').toUTC().toISO() as string
}

/**
 * Whether an event ended before today (Brussels): its end, or its start when it has no end.
 *
 * @example isPastEvent({ event: { startsAt: '2026-11-29T09:00:00.000Z' }, now: new Date('2026-11-30T08:00:00Z') }) // true
 */
export function isPastEvent({
  event,
  now,
}: {
  event: { startsAt: string; endsAt?: string | null }
  now: Date
}): boolean {
  return Date.parse(event.endsAt ?? event.startsAt) < Date.parse(startOfBrusselsDay(now))
}

/**
 * An agenda item or conference as a picker shows it: « Titre — ven. 18 déc., 10:00 · Confirmé »,
 * unpublished events said so, past ones flagged.
 *
 * @example eventChoice({ event: { id: 1, title: '*Forum*', startsAt: '2026-12-18T09:00:00.000Z', status: 'confirmed' }, now }).label
 * // 'Forum — ven. 18 déc., 10:00 · Confirmé'
 */
export function eventChoice({ event, now }: { event: EventDoc; now: Date }): PickerChoice {
  const when = event.isAllDay ? formatShortDay(event.startsAt) : formatShortDayTime(event.startsAt)
  const status = [
    labelOf(EVENT_STATUSES, event.status ?? 'confirmed'),
    event.isPublished === false ? 'non publié' : null,
  ]
    .filter(Boolean)
    .join(', ')
  const isPast = isPastEvent({ event, now })
  const details = `${when} · ${status}${isPast ? ' · passé' : ''}`
  return {
    id: event.id,
    title: event.title,
    label: `${toPlainTitle(event.title)} — ${details}`,
    details,
    date: event.startsAt,
    hiddenBecause: isPast ? 'passé' : null,
  }
}

/**
 * An article as a picker shows it: « Titre — modifié le 30/11/2026 · Publié », with the issue that
 * already sent it, if any.
 *
 * @example articleChoice({ article: { id: 2, title: 'Plan', status: 'draft', updatedAt: '2026-11-30T10:00:00.000Z' }, sentIn: null }).label
 * // 'Plan — modifié le 30/11/2026 · Brouillon'
 */
export function articleChoice({
  article,
  sentIn,
}: {
  article: ArticleDoc
  /** The subject of another issue already sent with this article. */
  sentIn: string | null
}): PickerChoice {
  const status = labelOf(ARTICLE_STATUSES, article.status ?? 'draft')
  const sent = sentIn ? ` · déjà envoyé dans « ${toPlainTitle(sentIn)} »` : ''
  const details = `modifié le ${formatShortDate(article.updatedAt)} · ${status}${sent}`
  return {
    id: article.id,
    title: article.title,
    label: `${toPlainTitle(article.title)} — ${details}`,
    details,
    date: article.updatedAt,
    hiddenBecause: sentIn ? 'déjà envoyé' : null,
  }
}
