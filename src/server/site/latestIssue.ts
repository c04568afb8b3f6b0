import type { Payload } from 'payload'

import type { LatestIssueView } from '@/domain/site/latestIssue'
import { toLatestIssue } from '@/domain/site/latestIssue'
import { archivedIssueView, listArchive } from '../newsletter/archive'

/** The latest issue of the public archive (a withdrawn one never shows), or null before the first. */
export async function latestIssue(payload: Payload): Promise<LatestIssueView | null> {
  const [latest] = await listArchive(payload)
  const view = latest ? await archivedIssueView(payload, latest.month) : null
  return view ? toLatestIssue(view) : null
}
