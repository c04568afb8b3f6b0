import type { Payload } from 'payload'

import { buildIssueEmailShared } from '@/server/newsletter/issueEmail'
import { seedDemoContent, seededFebruaryIssue } from '../../helpers/seededDemo'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'

/** The preview tab asks for the HTML and the checks at once: one build serves both. */
describe('buildIssueEmailShared', () => {
  let context: TestPayload
  let payload: Payload

  beforeAll(async () => {
    context = await getTestPayload()
    payload = context.payload
    await seedDemoContent(payload)
  })
  afterAll(async () => {
    await context?.cleanup()
  })

  it('should give requests arriving during a build that very build', async () => {
    const issue = await seededFebruaryIssue(payload)
    const [first, second] = await Promise.all([
      buildIssueEmailShared({ payload, issue }),
      buildIssueEmailShared({ payload, issue }),
    ])
    expect([first === second, first.view.subject]).toEqual([true, issue.subject])
  })

  it('should build again once the previous build is over, so edits always show', async () => {
    const issue = await seededFebruaryIssue(payload)
    const first = await buildIssueEmailShared({ payload, issue })
    const second = await buildIssueEmailShared({ payload, issue })
    expect(first === second).toBe(false)
  })
})
