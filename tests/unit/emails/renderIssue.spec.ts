import { issueFixture } from '../../../emails/_fixtures/issueFixture'
import { greetingFor } from '@/domain/newsletter/personalize'
import type { RecipientParts } from '@/domain/newsletter/types'
import {
  personalizeIssue,
  renderIssueFor,
  renderIssueTemplates,
} from '@/server/newsletter/renderIssue'

const recipients: RecipientParts[] = [
  {
    greeting: greetingFor('Anne & Co'),
    unsubscribeUrl: 'https://x.example/newsletter/desinscription?token=a&b=1',
  },
  {
    greeting: greetingFor("Patrick D'Hondt"),
    unsubscribeUrl: 'https://x.example/newsletter/desinscription?token="quoted"',
  },
  {
    greeting: greetingFor('<script>alert(1)</script>'),
    unsubscribeUrl: 'https://x.example/u?t=<>',
  },
  { greeting: greetingFor(null), unsubscribeUrl: 'https://x.example/u?t=plain' },
]

describe('personalizeIssue', () => {
  it.each(recipients)(
    'should produce byte-identical HTML and text to rendering for $greeting',
    async (recipient) => {
      const templates = await renderIssueTemplates(issueFixture)
      const personalised = personalizeIssue({ templates, recipient })
      const rendered = await renderIssueFor({ view: issueFixture, recipient })
      expect(personalised.html === rendered.html).toBe(true)
      expect(personalised.text === rendered.text).toBe(true)
    },
  )
})

describe('renderIssueFor', () => {
  let html = ''
  beforeAll(async () => {
    html = (
      await renderIssueFor({ view: issueFixture, recipient: recipients[0] as RecipientParts })
    ).html
  })

  it('should declare French and a viewport', () => {
    expect([
      /<html[^>]*lang="fr"/.test(html),
      html.includes('<meta name="viewport" content="width=device-width, initial-scale=1"/>'),
    ]).toEqual([true, true])
  })

  it('should wrap the container in a fixed-width table for Outlook', () => {
    expect([
      html.includes('<!--[if mso]><table role="presentation" width="600"'),
      html.includes('data-actunipso-mso'),
    ]).toEqual([true, false])
  })

  it('should stay under the 102 KB at which Gmail clips', () => {
    expect(Buffer.byteLength(html, 'utf8')).toBeLessThan(102 * 1024)
  })

  it('should escape HTML typed in titles and names', () => {
    expect([
      html.includes('DIGI&lt;ES'),
      html.includes('<script>alert'),
      html.includes('Bonjour Anne &amp; Co,'),
    ]).toEqual([true, false, true])
  })

  it('should not open anchor links in a new tab', () => {
    expect(html.includes('target="_blank"')).toBe(false)
  })

  it('should carry the preheader', () => {
    expect(html).toContain('Rencontres avec les ministres, digitalisation')
  })
})

describe('issue text part', () => {
  it('should match the reviewed plain text of the February 2020 issue', async () => {
    const { text } = await renderIssueFor({
      view: issueFixture,
      recipient: recipients[3] as RecipientParts,
    })
    expect(text).toMatchSnapshot()
  })
})
