/**
 * Value lists shared by collections (select options) and domain logic.
 * Values are stable English codes stored in the database; labels are what editors read.
 */
export type OptionList<V extends string> = ReadonlyArray<{ value: V; label: string }>

export const ROLES = [
  { value: 'admin', label: 'Administrateur' },
  { value: 'communication', label: 'Communication' },
  { value: 'editor', label: 'Rédacteur' },
] as const satisfies OptionList<string>
export type Role = (typeof ROLES)[number]['value']

export const MEETING_KINDS = [
  { value: 'bureau', label: 'Bureau', shortLabel: 'Bureau' },
  { value: 'ca', label: "Conseil d'administration", shortLabel: 'CA' },
  { value: 'ag', label: 'Assemblée générale', shortLabel: 'AG' },
  { value: 'gt', label: 'Groupe de travail', shortLabel: 'GT' },
] as const satisfies ReadonlyArray<{ value: string; label: string; shortLabel: string }>
export type MeetingKind = (typeof MEETING_KINDS)[number]['value']

/** Governance bodies ("Instances") as opposed to working groups. */
export const GOVERNANCE_KINDS: ReadonlyArray<MeetingKind> = ['bureau', 'ca', 'ag']

/** What kind of public event an agenda item is: the agenda page and the per-kind feeds filter on it. */
export const AGENDA_KINDS = [
  { value: 'forum', label: 'Forum' },
  { value: 'study-day', label: 'Journée d’étude' },
  { value: 'webinar', label: 'Webinaire' },
  { value: 'training', label: 'Formation' },
  { value: 'other', label: 'Autre' },
] as const satisfies OptionList<string>
export type AgendaKind = (typeof AGENDA_KINDS)[number]['value']

export const EVENT_STATUSES = [
  { value: 'confirmed', label: 'Confirmé' },
  { value: 'cancelled', label: 'Annulé' },
  { value: 'postponed', label: 'Reporté' },
] as const satisfies OptionList<string>
export type EventStatus = (typeof EVENT_STATUSES)[number]['value']

export const ARTICLE_STATUSES = [
  { value: 'draft', label: 'Brouillon' },
  { value: 'published', label: 'Publié' },
] as const satisfies OptionList<string>
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number]['value']

export const ISSUE_STATUSES = [
  { value: 'draft', label: 'Brouillon' },
  { value: 'ready', label: 'Prêt à relire' },
  { value: 'approved', label: 'Approuvé' },
  { value: 'scheduled', label: 'Programmé' },
  { value: 'sending', label: "En cours d'envoi" },
  { value: 'sent', label: 'Envoyé' },
] as const satisfies OptionList<string>
export type IssueStatus = (typeof ISSUE_STATUSES)[number]['value']

/** The label of a value in an option list, or the value itself when unknown. */
export function labelOf<V extends string>(list: OptionList<V>, value: string): string {
  return list.find((option) => option.value === value)?.label ?? value
}

/** Strips extra keys so an option list can be handed to a Payload select field. */
export function toOptions<V extends string>(list: OptionList<V>): { value: V; label: string }[] {
  return list.map(({ value, label }) => ({ value, label }))
}
