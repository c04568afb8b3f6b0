import type { Payload } from 'payload'

import { BRUSSELS } from '@/domain/dates/brussels'
import { InvalidRequestError } from '@/domain/errors'
import { csvCell } from '@/domain/subscribers/csv'
import type { ImportPlan } from '@/domain/subscribers/importPlan'
import { planImport, readConsentSource } from '@/domain/subscribers/importPlan'
import type { SubscriberStatus } from '@/domain/subscribers/subscription'
import { suppressedHashes } from './gdpr'
import { withTransaction } from '../database/withTransaction'
import { readCsv } from './readCsv'

export type ImportReport = { created: number; updated: number; rejected: ImportPlan['rejected'] }

/**
 * Imports a CSV of subscribers in two passes: parse (streamed, see readCsv) and plan everything
 * first (a malformed file writes nothing), then write every row all-or-nothing (see
 * withTransaction). `csvText` is the file's text, whole or as chunks (`fs.createReadStream(file,
 * 'utf8')`). `consentSource` is the staff member's statement of where these people's consent comes
 * from: required (an InvalidRequestError otherwise, before the file is read), it becomes the consent
 * record of every row the import creates. Known people keep their own consent record.
 */
export async function importSubscribers({
  payload,
  csvText,
  fileName,
  consentSource,
  now = new Date(),
}: {
  payload: Payload
  csvText: string | AsyncIterable<string>
  fileName: string
  /** E.g. « Liste des participants du Forum 2019, consentement écrit ». */
  consentSource: unknown
  now?: Date
}): Promise<ImportReport> {
  const statement = readConsentSource(consentSource)
  if ('error' in statement)
    throw new InvalidRequestError({ code: 'consent_source_required', userMessage: statement.error })
  const parsed = await readCsv(csvText)
  if ('error' in parsed)
    throw new Error(`Fichier illisible (${fileName}) : ${parsed.error} Rien n’a été importé.`)
  const { docs } = await payload.find({
    collection: 'subscribers',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { email: true, status: true, firstName: true, lastName: true, organisation: true },
  })
  const existing = new Map(
    docs.map((doc) => [doc.email, { id: doc.id, status: doc.status as SubscriberStatus }]),
  )
  const namesBefore = new Map(
    docs.map((doc) => [
      doc.id,
      {
        firstName: doc.firstName ?? null,
        lastName: doc.lastName ?? null,
        organisation: doc.organisation ?? null,
      },
    ]),
  )
  const planned = planImport({
    table: parsed.table,
    existing,
    suppressed: await suppressedHashes(payload),
  })
  if ('error' in planned) throw new Error(`${planned.error} Rien n’a été importé.`)
  const { plan } = planned
  const consent = {
    at: now.toISOString(),
    at_tz: BRUSSELS as typeof BRUSSELS,
    source: 'import' as const,
    detail: statement.source,
  }
  await withTransaction(payload, async (req, onRollback) => {
    for (const row of plan.toCreate) {
      const created = await payload.create({
        collection: 'subscribers',
        data: {
          email: row.email,
          firstName: row.firstName || null,
          lastName: row.lastName || null,
          organisation: row.organisation || null,
          status: 'active',
          consent,
        },
        req,
        overrideAccess: true,
      })
      onRollback(() =>
        payload.delete({ collection: 'subscribers', id: created.id, overrideAccess: true }),
      )
    }
    for (const row of plan.toUpdate) {
      const names = Object.fromEntries(
        Object.entries({
          firstName: row.firstName,
          lastName: row.lastName,
          organisation: row.organisation,
        }).filter(([, value]) => value),
      )
      if (Object.keys(names).length === 0) continue
      await payload.update({
        collection: 'subscribers',
        id: row.id,
        data: names,
        req,
        overrideAccess: true,
      })
      onRollback(() =>
        payload.update({
          collection: 'subscribers',
          id: row.id,
          data: namesBefore.get(row.id as number) ?? {},
          overrideAccess: true,
        }),
      )
    }
  })
  return { created: plan.toCreate.length, updated: plan.toUpdate.length, rejected: plan.rejected }
}

/** The subscribers as CSV (";" for Belgian spreadsheets), formulas neutralised. */
export async function exportSubscribersCsv(payload: Payload): Promise<string> {
  const { docs } = await payload.find({
    collection: 'subscribers',
    pagination: false,
    depth: 0,
    sort: 'email',
    overrideAccess: true,
  })
  const lines = [
    [
      'email',
      'prénom',
      'nom',
      'organisation',
      'statut',
      'consentement',
      'origine',
      'confirmé le',
      'désinscrit le',
    ].join(';'),
    ...docs.map((doc) =>
      [
        doc.email,
        doc.firstName,
        doc.lastName,
        doc.organisation,
        doc.status,
        doc.consent?.at,
        doc.consent?.source,
        doc.consent?.confirmedAt,
        doc.unsubscribedAt,
      ]
        .map((value) => csvCell(value ?? ''))
        .join(';'),
    ),
  ]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
