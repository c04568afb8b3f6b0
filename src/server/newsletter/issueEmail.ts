import type { Payload, PayloadRequest } from 'payload'

import { readEnv } from '@/config/env'
import { greetingFor } from '@/domain/newsletter/personalize'
import type { IssueWarning } from '@/domain/newsletter/issueWarnings'
import { issueWarnings } from '@/domain/newsletter/issueWarnings'
import { toIssueView } from '@/domain/newsletter/issueView'
import type { IssueSource, IssueView, RecipientParts } from '@/domain/newsletter/types'
import type { Issue } from '@/payload-types'
import { loadIssueSource } from './loadIssueSource'
import type { IssueTemplates } from './renderIssue'
import { personalizeIssue, renderIssueTemplates } from './renderIssue'

export type IssueEmail = {
  source: IssueSource
  view: IssueView
  templates: IssueTemplates
  warnings: IssueWarning[]
  htmlBytes: number
}

/** A recipient for previews and test sends: the greeting with a placeholder name, no real unsubscribe token. */
export function sampleRecipient(baseUrl: string): RecipientParts {
  return {
    greeting: greetingFor('Prénom'),
    unsubscribeUrl: `${baseUrl}/newsletter/desinscription?token=exemple`,
  }
}

/** Loads, renders once and checks an issue: what preview, test send, approval and sending share. */
export async function buildIssueEmail({
  payload,
  issue,
  req,
}: {
  payload: Payload
  issue: Issue
  req?: PayloadRequest
}): Promise<IssueEmail> {
  const baseUrl = readEnv().serverUrl
  const source = await loadIssueSource({ payload, issue, req })
  const view = toIssueView({ source, baseUrl })
  const templates = await renderIssueTemplates(view)
  const htmlBytes = Buffer.byteLength(
    personalizeIssue({ templates, recipient: sampleRecipient(baseUrl) }).html,
    'utf8',
  )
  return {
    source,
    view,
    templates,
    htmlBytes,
    warnings: issueWarnings({ source, view, htmlBytes }),
  }
}

const building = new Map<string, Promise<IssueEmail>>()

/**
 * buildIssueEmail for the admin's preview and checks: the « Aperçu et test » tab asks for the HTML
 * and the checks at the same moment, and requests for the same saved issue that arrive while one
 * is being built share it instead of loading and rendering the whole issue twice. Nothing is kept
 * once it is built: the next request sees the content as it is then.
 */
export function buildIssueEmailShared({
  payload,
  issue,
  req,
}: {
  payload: Payload
  issue: Issue
  req?: PayloadRequest
}): Promise<IssueEmail> {
  const key = `${issue.id}@${issue.updatedAt}`
  const running = building.get(key)
  if (running) return running
  const built = buildIssueEmail({ payload, issue, req }).finally(() => building.delete(key))
  building.set(key, built)
  return built
}
