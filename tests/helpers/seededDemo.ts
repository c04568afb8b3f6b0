import path from 'node:path'

import type { Payload } from 'payload'

import { seedDemo } from '@/server/seed/seedDemo'

/** The day the specs seed the demo on: its issues, events and meetings fall around it. */
export const SEED_TODAY = new Date('2026-11-23T10:00:00.000Z')

/** The demo content of scripts/seed, as `npm run seed` writes it, on SEED_TODAY unless told. */
export function seedDemoContent(payload: Payload, today: Date = SEED_TODAY) {
  return seedDemo({ payload, seedDir: path.resolve('scripts/seed'), today })
}

/** The demo's sent February 2020 issue (relations as ids): a complete issue a spec can send again. */
export async function seededFebruaryIssue(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'issues',
    where: { month: { equals: '2020-02' } },
    depth: 0,
  })
  return docs[0]
}
