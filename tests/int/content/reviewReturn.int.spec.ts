import type { Payload } from 'payload'

import type { AccessUsers } from '../../helpers/accessFixtures'
import { createAccessUsers } from '../../helpers/accessFixtures'
import { captureLogs } from '../../helpers/captureLogs'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import { markdownToLexical } from '@/domain/content/markdownToLexical'
import type { Issue } from '@/payload-types'

/** What communication approved is what goes out: a content edit sends the issue back to review. */
describe('return to review after an edit', () => {
  let context: TestPayload
  let payload: Payload
  let users: AccessUsers
  let rubric: number | string
  let staff: number | string
  let workingGroup: number | string
  let month = 0

  const userDoc = (role: 'editor' | 'communication') =>
    payload.findByID({ collection: 'users', id: users[role].id })
  const makeArticle = async (status: 'draft' | 'published' = 'published') =>
    payload.create({
      collection: 'articles',
      data: {
        rubric,
        title: `Article ${month}`,
        body: markdownToLexical('Texte.'),
        signedBy: [staff],
        status,
      } as never,
    })
  /** An issue in `status`, created by the system (as the seed or the sender would). */
  const makeIssue = async ({
    status,
    articles,
  }: {
    status: Issue['status']
    articles: Array<number | string>
  }) => {
    month += 1
    return payload.create({
      collection: 'issues',
      data: {
        number: 500 + month,
        month: `2040-${String(month).padStart(2, '0')}`,
        subject: `Numéro ${month}`,
        preheader: 'Aperçu',
        articles,
        status,
        scheduledAt: status === 'scheduled' ? '2040-12-01T08:00:00.000Z' : undefined,
      } as never,
    })
  }
  const issueNow = async (id: number | string) =>
    payload.findByID({ collection: 'issues', id, depth: 0 })

  beforeAll(async () => {
    context = await getTestPayload()
    payload = context.payload
    users = await createAccessUsers(payload)
    rubric = (
      await payload.create({ collection: 'rubrics', data: { label: 'POLITIQUE', order: 1 } })
    ).id
    staff = (
      await payload.create({
        collection: 'staff',
        data: { name: 'Anne Test', jobTitle: 'Conseillère' } as never,
      })
    ).id
    workingGroup = (
      await payload.create({ collection: 'working-groups', data: { name: 'GT Emploi' } as never })
    ).id
  })
  afterAll(async () => {
    await context?.cleanup()
  })

  it.each(['approved', 'scheduled'] as const)(
    'should send a %s issue back to « Prêt à relire » with a French note when an editor edits its article',
    async (status) => {
      const article = await makeArticle()
      const issue = await makeIssue({ status, articles: [article.id] })
      const editor = await userDoc('editor')
      const { lines } = await captureLogs(payload, () =>
        payload.update({
          collection: 'articles',
          id: article.id,
          data: { title: 'Titre revu' },
          user: editor,
          overrideAccess: false,
        }),
      )
      const after = await issueNow(issue.id)
      expect([after.status, after.workflowNote]).toEqual([
        'ready',
        expect.stringMatching(
          /^Retour en relecture : l’article « Titre revu » a été modifié le \d\d\/\d\d\/\d{4} à \d+h(\d\d)? après l’approbation\.$/,
        ),
      ])
      expect(lines).toContainEqual(
        expect.objectContaining({ issue: issue.id, msg: after.workflowNote }),
      )
    },
  )

  it.each(['sending', 'sent'] as const)('should never touch a %s issue', async (status) => {
    const article = await makeArticle()
    const issue = await makeIssue({ status, articles: [article.id] })
    await payload.update({ collection: 'articles', id: article.id, data: { title: 'Autre' } })
    expect((await issueNow(issue.id)).status).toBe(status)
  })

  it('should not move an issue when a save of its article changes nothing', async () => {
    const article = await makeArticle()
    const issue = await makeIssue({ status: 'approved', articles: [article.id] })
    await payload.update({ collection: 'articles', id: article.id, data: { title: article.title } })
    expect((await issueNow(issue.id)).status).toBe('approved')
  })

  it('should send an approved issue back when a meeting is created in its window', async () => {
    const article = await makeArticle()
    const issue = await makeIssue({ status: 'approved', articles: [article.id] })
    await payload.create({
      collection: 'meetings',
      data: { kind: 'gt', workingGroup, startsAt: issue.meetingsFrom } as never,
      user: await userDoc('editor'),
      overrideAccess: false,
    })
    const after = await issueNow(issue.id)
    expect([
      after.status,
      after.workflowNote?.startsWith('Retour en relecture : la réunion du'),
    ]).toEqual(['ready', true])
  })

  it('should not move an issue on its own scheduling by communication, the admin form sending every field back', async () => {
    const article = await makeArticle()
    const issue = await makeIssue({ status: 'approved', articles: [article.id] })
    const { id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = issue
    const scheduled = await payload.update({
      collection: 'issues',
      id,
      data: { ...fields, status: 'scheduled', scheduledAt: '2041-01-01T08:00:00.000Z' },
      user: await userDoc('communication'),
      overrideAccess: false,
    })
    expect([scheduled.status, scheduled.workflowNote ?? null]).toEqual(['scheduled', null])
  })

  it('should send an approved issue back when communication edits its subject, and clear the note on approval', async () => {
    const article = await makeArticle()
    const issue = await makeIssue({ status: 'approved', articles: [article.id] })
    const communication = await userDoc('communication')
    const edited = await payload.update({
      collection: 'issues',
      id: issue.id,
      data: { subject: 'Objet revu' },
      user: communication,
      overrideAccess: false,
    })
    const approved = await payload.update({
      collection: 'issues',
      id: issue.id,
      data: { status: 'approved' },
      user: communication,
      overrideAccess: false,
    })
    expect([
      edited.status,
      edited.workflowNote?.startsWith('Retour en relecture : le contenu du numéro (l’objet)'),
      approved.status,
      approved.workflowNote ?? null,
    ]).toEqual(['ready', true, 'approved', null])
  })

  it('should refuse to approve an issue that features a draft article', async () => {
    const draft = await makeArticle('draft')
    const issue = await makeIssue({ status: 'ready', articles: [draft.id] })
    type Refusal = { data?: { errors?: Array<{ message: string }> } }
    const error: Refusal = await payload
      .update({
        collection: 'issues',
        id: issue.id,
        data: { status: 'approved' },
        user: await userDoc('communication'),
        overrideAccess: false,
      })
      .then(() => ({}))
      .catch((caught: unknown) => caught as Refusal)
    expect([
      error.data?.errors?.[0]?.message.includes('encore en brouillon'),
      (await issueNow(issue.id)).status,
    ]).toEqual([true, 'ready'])
  })
})
