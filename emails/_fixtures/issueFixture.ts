import type { IssueSource, RecipientParts } from '../../src/domain/newsletter/types'
import { toIssueView } from '../../src/domain/newsletter/issueView'
import source from './issueSource.json' with { type: 'json' }

/** The February 2020 issue as the seed loads it (regenerate with `npm run email:fixture`). */
export const issueSourceFixture = source as unknown as IssueSource

export const issueFixture = toIssueView({
  source: issueSourceFixture,
  baseUrl: 'http://localhost:3000',
})

export const recipientFixture: RecipientParts = {
  greeting: 'Bonjour Anne,',
  unsubscribeUrl: 'http://localhost:3000/newsletter/desinscription?token=exemple',
}
