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
    contacts: string | null
    registrationUrl: string | null
  }
  coOrganisers: Array<{ name: string; url: string | null }>
  speakers: string[]
  sessions: string[]
  calendar: CalendarLinks
  signature: string | null
}
export type TocEntry = { anchor: string; label: string; title: TitleSegment[] }
export type IssueView = {
  number: number
  month: string
  monthLabel: string
  subject: string
  preheader: string
  archiveUrl: string
  toc: {
    articles: TocEntry[]
    agenda: TocEntry[]
    hasInstances: boolean
    hasWorkingGroups: boolean
  }
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
