import type { Payload } from 'payload'

import { readEnv } from '@/config/env'
import { formatIssueMonth, validateIssueMonth } from '@/domain/content/issueMonth'
import { toIssueView } from '@/domain/newsletter/issueView'
import type { IssueView } from '@/domain/newsletter/types'
import { loadIssueSource } from './loadIssueSource'

export type ArchiveEntry = { month: string; monthLabel: string; number: number; subject: string }

/** Sent issues, newest first. Read as an anonymous visitor: access rules decide what is public. */
export async function listArchive(payload: Payload): Promise<ArchiveEntry[]> {
  const { docs } = await payload.find({
    collection: 'issues',
    sort: '-month',
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  return docs.map((issue) => ({
    month: issue.month,
    monthLabel: formatIssueMonth(issue.month),
    number: issue.number,
    subject: issue.subject,
  }))
}

/** The view model of a sent issue for the web archive, or null when there is no sent issue that month. */
export async function archivedIssueView(
  payload: Payload,
  month: string,
): Promise<IssueView | null> {
  if (validateIssueMonth(month) !== true) return null
  const { docs } = await payload.find({
    collection: 'issues',
    where: { month: { equals: month } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  const issue = docs[0]
  if (!issue) return null
  return toIssueView({
    source: await loadIssueSource({ payload, issue }),
    baseUrl: readEnv().serverUrl,
  })
}
