import type { TitleSegment } from '../content/inlineItalics'
import type { CalendarLinks } from './calendarLinks'
import type { MeetingInput } from './meetingLines'
import type { RichContent } from './richText'

/** Plain data an issue is built from; src/server/newsletter loads it from Payload. */
export type StaffInput = {
  name: string
  jobTitle?: string | null
  phones?: Array<{ number: string }> | null
  email?: string | null
}
export type VenueInput = {
  name: string
  street?: string | null
  postcode?: string | null
  city?: string | null
  isOnline?: boolean | null
  url?: string | null
  mapUrl?: string | null
}
export type ArticleInput = {
  id: number | string
  title: string
  body: unknown
  status?: string | null
  rubricLabel?: string | null
  signedBy: StaffInput[]
  signaturePhone?: string | null
}
export type EventInput = {
  id: number | string
  collection: 'agenda-items' | 'conferences'
  title: string
  /** Gives the event's page on the site (/agenda/<slug>, /conferences/<slug>). */
  slug?: string | null
  startsAt: string
  endsAt?: string | null
  isAllDay?: boolean | null
  status?: string | null
  venue?: VenueInput | null
  summary?: string | null
  description?: unknown
  programme?: string[]
  practicalInfo?: unknown
  contacts?: StaffInput[]
  externalContacts?: Array<{
    name: string
    organisation?: string | null
    email?: string | null
    phone?: string | null
  }>
  coOrganisers?: Array<{ name: string; url?: string | null }>
  registrationUrl?: string | null
  signedBy?: StaffInput[]
  signaturePhone?: string | null
  speakers?: Array<{ name: string; role?: string | null }>
  sessions?: Array<{
    title: string
    startsAt: string
    endsAt?: string | null
    venueName?: string | null
  }>
}
export type IssueSource = {
  issue: {
    number: number
    month: string
    subject: string
    preheader?: string | null
    footer?: {
      tagline?: string | null
      feedbackEmail?: string | null
      feedbackPhone?: string | null
    } | null
  }
  editors: StaffInput[]
  articles: ArticleInput[]
  events: EventInput[]
  meetings: MeetingInput[]
}

export type ArticleView = {
  anchor: string
  rubric: string
  title: TitleSegment[]
  titleText: string
  content: RichContent
  signature: string
}
/** A person to ask, with the links the email writes: mailto: on the name, tel: on the number. */
export type ContactView = {
  name: string
  email: string | null
  phone: string | null
  /** "tel:+3281249031" */
  tel: string | null
}
export type EventView = {
  anchor: string
  kind: 'agenda-items' | 'conferences'
  dateLabel: string
  /** Plain text (calendar links, text part); `titleSegments` keeps the italics. */
  title: string
  titleSegments: TitleSegment[]
  statusLabel: string | null
  summary: string | null
  description: RichContent
  programme: string[]
  practicalInfo: RichContent
  practical: {
    date: string
    time: string | null
    venueName: string | null
    venueLines: string[]
    venueUrl: string | null
    /** « Infos auprès de … » */
    contacts: ContactView[]
    registrationUrl: string | null
  }
  speakers: string[]
  sessions: string[]
  calendar: CalendarLinks
  signature: string | null
}
export type TocEntry = { anchor: string; label: string; title: TitleSegment[] }
/** « Dossiers et projets » or « Agenda » in the table of contents. */
export type TocGroup = { title: string; entries: TocEntry[] }
/** A section of the issue, shown when it has content; see issueOutline(). */
export type SectionView = {
  key: 'articles' | 'agenda' | 'instances' | 'workingGroups'
  anchor: string
  title: string
}
export type IssueView = {
  number: number
  month: string
  monthLabel: string
  subject: string
  preheader: string
  archiveUrl: string
  /** The table of contents, grouped as printed. */
  toc: TocGroup[]
  /** The sections shown, in order: the email and the web archive render the same headings. */
  sections: SectionView[]
  articles: ArticleView[]
  agenda: EventView[]
  instances: string[]
  workingGroups: string[]
  footer: {
    tagline: string
    editors: string
    feedbackEmail: string | null
    feedbackPhone: string | null
  }
}

/** What differs from one recipient to the next. */
export type RecipientParts = { greeting: string; unsubscribeUrl: string }
