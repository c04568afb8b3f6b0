import type { AgendaKind } from '../content/options'
import { AGENDA_KINDS } from '../content/options'
import { InvalidRequestError } from '../errors'

/** Which public feed: the whole agenda, the conferences, or the agenda items of one kind. */
export type PublicFeedSelection =
  | { collections: 'agenda' }
  | { collections: 'conferences' }
  | { collections: 'agenda'; agendaKind: AgendaKind }

export type PublicFeedEntry = {
  /** Distinguishes the feed in its ETag. */
  key: string
  /** Path and query of the feed on the site. */
  path: string
  name: string
  description: string
  selection: PublicFeedSelection
}

/** Plural names of the per-kind feeds (the option labels are singular). */
const KIND_FEEDS: Record<AgendaKind, { name: string; text: string }> = {
  forum: { name: 'Forums', text: 'Les forums organisés ou co-organisés par l’UNIPSO.' },
  'study-day': { name: 'Journées d’étude', text: 'Les journées d’étude de l’UNIPSO.' },
  webinar: { name: 'Webinaires', text: 'Les webinaires de l’UNIPSO, à suivre en ligne.' },
  training: { name: 'Formations', text: 'Les formations proposées par l’UNIPSO.' },
  other: { name: 'Autres événements', text: 'Les autres événements publics de l’UNIPSO.' },
}

const AGENDA_FEED: PublicFeedEntry = {
  key: 'agenda',
  path: '/calendars/agenda.ics',
  name: 'Agenda de l’UNIPSO',
  description:
    'Forums, journées d’étude, webinaires et conférences de l’UNIPSO, la confédération des employeurs du secteur à profit social.',
  selection: { collections: 'agenda' },
}
const CONFERENCES_FEED: PublicFeedEntry = {
  key: 'conferences',
  path: '/calendars/conferences.ics',
  name: 'Conférences de l’UNIPSO',
  description: 'Les conférences organisées ou co-organisées par l’UNIPSO.',
  selection: { collections: 'conferences' },
}

/** The feed of one kind of agenda item: /calendars/agenda.ics?kind=webinar. */
export function agendaKindFeed(kind: AgendaKind): PublicFeedEntry {
  return {
    key: `agenda-${kind}`,
    path: `/calendars/agenda.ics?kind=${kind}`,
    name: `${KIND_FEEDS[kind].name} de l’UNIPSO`,
    description: KIND_FEEDS[kind].text,
    selection: { collections: 'agenda', agendaKind: kind },
  }
}

/**
 * Every public feed, in the order /calendriers lists them: the whole agenda, the conferences,
 * then one per kind of agenda item.
 *
 * @example publicFeeds().map((feed) => feed.path)[2] // '/calendars/agenda.ics?kind=forum'
 */
export function publicFeeds(): PublicFeedEntry[] {
  return [AGENDA_FEED, CONFERENCES_FEED, ...AGENDA_KINDS.map((kind) => agendaKindFeed(kind.value))]
}

/** The feed of /calendars/conferences.ics. */
export const conferencesFeed = (): PublicFeedEntry => CONFERENCES_FEED

/**
 * The feed /calendars/agenda.ics serves for its `kind` query parameter: the whole agenda without
 * one, the kind's feed for a known kind, and a French 400 for anything else.
 *
 * @example agendaFeedFor(null).key // 'agenda'
 */
export function agendaFeedFor(kind: string | null): PublicFeedEntry {
  if (kind === null || kind === '') return AGENDA_FEED
  const known = AGENDA_KINDS.find((option) => option.value === kind)
  if (!known) {
    throw new InvalidRequestError({
      code: 'unknown_agenda_kind',
      userMessage: `Type d’évènement inconnu : « ${kind.slice(0, 40)} ». Types possibles : ${AGENDA_KINDS.map((option) => option.value).join(', ')}.`,
    })
  }
  return agendaKindFeed(known.value)
}
