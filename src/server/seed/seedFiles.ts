import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'yaml'
import { z } from 'zod'

import type { AgendaKind } from '@/domain/content/options'
import { AGENDA_KINDS } from '@/domain/content/options'

/**
 * The shape of the readable seed files under scripts/seed/. Records refer to each other by
 * `key`; dates are Brussels wall-clock ("2020-01-31T10:00") or relative to the seed day ("+12d 09:30").
 */
const key = z.string().min(1)
const keys = z.array(key).default([])
const seedDate = z.string().min(1)

const StaffSeed = z.object({
  key,
  name: z.string(),
  jobTitle: z.string(),
  phones: z.array(z.string()).default([]),
  email: z.email().optional(),
})
const RubricSeed = z.object({ key, label: z.string(), order: z.number() })
const VenueSeed = z.object({
  key,
  name: z.string(),
  street: z.string().optional(),
  postcode: z.string().optional(),
  city: z.string().optional(),
  isOnline: z.boolean().optional(),
  url: z.string().optional(),
  mapUrl: z.string().optional(),
})
const WorkingGroupSeed = z.object({
  key,
  name: z.string(),
  slug: z.string().optional(),
  description: z.string().optional(),
})
const ArticleSeed = z.object({
  key,
  rubric: key,
  title: z.string(),
  signedBy: keys,
  signaturePhone: z.string().optional(),
  status: z.enum(['draft', 'published']).default('published'),
  body: z.string(),
})
const EventSeed = z.object({
  key,
  title: z.string(),
  startsAt: seedDate,
  endsAt: seedDate.optional(),
  isAllDay: z.boolean().default(false),
  venue: key.optional(),
  summary: z.string().optional(),
  description: z.string().optional(),
  programme: z.array(z.string()).default([]),
  practicalInfo: z.string().optional(),
  contacts: keys,
  externalContacts: z
    .array(
      z.object({
        name: z.string(),
        organisation: z.string().optional(),
        email: z.email().optional(),
        phone: z.string().optional(),
      }),
    )
    .default([]),
  coOrganisers: z.array(z.object({ name: z.string(), url: z.string().optional() })).default([]),
  registrationUrl: z.string().optional(),
  signedBy: keys,
  signaturePhone: z.string().optional(),
  status: z.enum(['confirmed', 'cancelled', 'postponed']).default('confirmed'),
  isPublished: z.boolean().default(true),
})
/** An agenda item says which kind of event it is: the agenda page and the per-kind feeds filter on it. */
const AgendaItemSeed = EventSeed.extend({
  kind: z.enum(AGENDA_KINDS.map((option) => option.value) as [AgendaKind, ...AgendaKind[]]),
})
const ConferenceSeed = EventSeed.extend({
  speakers: z.array(z.object({ name: z.string(), role: z.string().optional() })).default([]),
  sessions: z
    .array(
      z.object({
        title: z.string(),
        startsAt: seedDate,
        endsAt: seedDate.optional(),
        venue: key.optional(),
      }),
    )
    .default([]),
})
const MeetingSeed = z.object({
  kind: z.enum(['bureau', 'ca', 'ag', 'gt']),
  workingGroup: key.optional(),
  startsAt: seedDate,
  endsAt: seedDate.optional(),
  venue: key.optional(),
  venueLabel: z.string().optional(),
  status: z.enum(['confirmed', 'cancelled', 'postponed']).default('confirmed'),
})
const IssueSeed = z.object({
  number: z.number().int().min(1),
  month: z.string(),
  /** Left out: named by its month, as « Préparer le numéro suivant » names it. */
  subject: z.string().optional(),
  preheader: z.string().optional(),
  editors: keys,
  articles: keys,
  agendaItems: keys,
  conferences: keys,
  meetingsFrom: seedDate.optional(),
  meetingsUntil: seedDate.optional(),
  footer: z
    .object({
      tagline: z.string().optional(),
      feedbackEmail: z.email().optional(),
      feedbackPhone: z.string().optional(),
    })
    .optional(),
  status: z.enum(['draft', 'ready', 'approved', 'scheduled', 'sending', 'sent']).default('draft'),
  sentAt: seedDate.optional(),
})

export const SeedFileSchema = z.object({
  staff: z.array(StaffSeed).default([]),
  rubrics: z.array(RubricSeed).default([]),
  venues: z.array(VenueSeed).default([]),
  workingGroups: z.array(WorkingGroupSeed).default([]),
  articles: z.array(ArticleSeed).default([]),
  agendaItems: z.array(AgendaItemSeed).default([]),
  conferences: z.array(ConferenceSeed).default([]),
  meetings: z.array(MeetingSeed).default([]),
  issues: z.array(IssueSeed).default([]),
})
export type SeedFile = z.infer<typeof SeedFileSchema>
export type EventSeedData = z.infer<typeof EventSeed>
export type AgendaItemSeedData = z.infer<typeof AgendaItemSeed>
export type ConferenceSeedData = z.infer<typeof ConferenceSeed>

/** The demo files, in the order they are loaded (later files may refer to earlier keys). */
export const DEMO_SEED_FILES = ['actunipso-2020-02.yaml', 'upcoming.yaml']

/** Reads and checks one seed file; errors name the file and the path of the bad value. */
export function readSeedFile(filePath: string): SeedFile {
  const raw = parse(fs.readFileSync(filePath, 'utf8')) as unknown
  const parsed = SeedFileSchema.safeParse(raw ?? {})
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`)
      .join('\n')
    throw new Error(`Fichier de démonstration invalide ${path.basename(filePath)} :\n${problems}`)
  }
  return parsed.data
}
