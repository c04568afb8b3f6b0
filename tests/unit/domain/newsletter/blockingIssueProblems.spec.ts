import { blockingIssueProblems } from '@/domain/newsletter/blockingIssueProblems'
import { issueWarnings } from '@/domain/newsletter/issueWarnings'
import { toIssueView } from '@/domain/newsletter/issueView'
import type { IssueSource } from '@/domain/newsletter/types'
import { issueSourceFixture } from '../../../../emails/_fixtures/issueFixture'

const withDraft = (): IssueSource => ({
  ...issueSourceFixture,
  articles: issueSourceFixture.articles.map((article, index) =>
    index === 1 ? { ...article, title: 'Le *brouillon*', status: 'draft' } : article,
  ),
})

describe('blockingIssueProblems', () => {
  it('should find nothing in the February 2020 issue', () => {
    expect(blockingIssueProblems(issueSourceFixture)).toEqual([])
  })

  it('should block an issue that features a draft article', () => {
    expect(blockingIssueProblems(withDraft())).toEqual([
      'L’article « Le brouillon » est encore en brouillon : publiez-le ou retirez-le du numéro.',
    ])
  })

  it('should block an issue without subject, preheader or article', () => {
    expect(
      blockingIssueProblems({
        ...issueSourceFixture,
        issue: { ...issueSourceFixture.issue, subject: ' ', preheader: null },
        articles: [],
      }),
    ).toHaveLength(3)
  })
})

describe('issueWarnings', () => {
  it('should report a draft article as an error, which blocks approval', () => {
    const source = withDraft()
    const view = toIssueView({ source, baseUrl: 'https://actunipso.example' })
    expect(issueWarnings({ source, view, htmlBytes: 40_000 })).toEqual([
      {
        level: 'error',
        message:
          'L’article « Le brouillon » est encore en brouillon : publiez-le ou retirez-le du numéro.',
      },
    ])
  })
})
