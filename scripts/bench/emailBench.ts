import { performance } from 'node:perf_hooks'

import { issueFixture } from '../../emails/_fixtures/issueFixture'
import { greetingFor } from '../../src/domain/newsletter/personalize'
import type { RecipientParts } from '../../src/domain/newsletter/types'
import {
  personalizeIssue,
  renderIssueFor,
  renderIssueTemplates,
} from '../../src/server/newsletter/renderIssue'

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number
const recipientAt = (index: number): RecipientParts => ({
  greeting: greetingFor(`Abonné·e ${index} & Co`),
  unsubscribeUrl: `https://actunipso.example/newsletter/desinscription?token=${index.toString(36).padStart(22, '0')}`,
})

/** The email bench: size, one render, and 10,000 personalised emails against naive per-recipient rendering. */
export async function emailBench({ naiveSample }: { naiveSample: number }): Promise<string[]> {
  const recipients = 10_000
  const first = await renderIssueFor({ view: issueFixture, recipient: recipientAt(0) })
  const renders: number[] = []
  for (let run = 0; run < 30; run += 1) {
    const started = performance.now()
    await renderIssueFor({ view: issueFixture, recipient: recipientAt(run) })
    renders.push(performance.now() - started)
  }

  const personalisedStart = performance.now()
  const templates = await renderIssueTemplates(issueFixture)
  let bytes = 0
  for (let index = 0; index < recipients; index += 1)
    bytes += personalizeIssue({ templates, recipient: recipientAt(index) }).html.length
  const personalisedMs = performance.now() - personalisedStart

  const naiveStart = performance.now()
  for (let index = 0; index < naiveSample; index += 1)
    await renderIssueFor({ view: issueFixture, recipient: recipientAt(index) })
  const naiveMs = ((performance.now() - naiveStart) / naiveSample) * recipients
  const measured =
    naiveSample === recipients
      ? 'mesuré'
      : `mesuré sur ${naiveSample.toLocaleString('fr-BE')}, extrapolé`

  return [
    `Courriel du numéro de février 2020`,
    `  HTML : ${(Buffer.byteLength(first.html) / 1024).toFixed(1)} Ko (limite Gmail 102 Ko) · texte : ${(Buffer.byteLength(first.text) / 1024).toFixed(1)} Ko`,
    `  Rendu complet (HTML + texte), médiane de 30 : ${median(renders).toFixed(2)} ms`,
    `  10 000 courriels personnalisés (rendu unique + substitution) : ${personalisedMs.toFixed(0)} ms (${(bytes / 1024 / 1024).toFixed(0)} Mo produits)`,
    `  10 000 rendus React par destinataire (${measured}) : ${naiveMs.toFixed(0)} ms`,
    `  Rapport : ${(naiveMs / personalisedMs).toFixed(0)}× plus rapide (objectif ≥ 50×)`,
  ]
}
