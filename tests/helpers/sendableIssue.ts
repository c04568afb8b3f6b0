import type { Payload } from 'payload'

import { markdownToLexical } from '@/domain/content/markdownToLexical'
import type { LocalResendServer } from '@/server/mail/localResend/localResendServer'

/** One published article with its rubric and signing staff member: the least an issue can send. */
export async function createSendableArticle(
  payload: Payload,
  { title = 'Article', body = 'Texte.' }: { title?: string; body?: string } = {},
): Promise<number> {
  // Shared by every article of a spec: rubric labels are unique.
  const rubric =
    (await payload.find({ collection: 'rubrics', where: { label: { equals: 'POLITIQUE' } } }))
      .docs[0] ??
    (await payload.create({ collection: 'rubrics', data: { label: 'POLITIQUE', order: 1 } }))
  const staff =
    (await payload.find({ collection: 'staff', where: { name: { equals: 'Frédéric Clerbaux' } } }))
      .docs[0] ??
    (await payload.create({
      collection: 'staff',
      data: { name: 'Frédéric Clerbaux', jobTitle: 'Conseiller juridique' },
    }))
  const article = await payload.create({
    collection: 'articles',
    data: {
      rubric: rubric.id,
      title,
      body: markdownToLexical(body) as never,
      signedBy: [staff.id],
      status: 'published',
    },
  })
  return article.id
}

/**
 * Makes issues that can be sent, each with its own number, month and subject so that specs sharing
 * a database (or an outbox) never collide: `year` keeps each spec in its own range.
 */
export function sendableIssues({
  payload,
  articleIds,
  year,
  subjectPrefix = 'Numéro',
}: {
  payload: Payload
  articleIds: () => number[]
  year: number
  subjectPrefix?: string
}) {
  let count = 0
  return async ({
    status = 'approved',
    scheduledAt,
  }: { status?: 'approved' | 'scheduled'; scheduledAt?: string } = {}) => {
    count += 1
    return payload.create({
      collection: 'issues',
      data: {
        number: year * 100 + count,
        month: `${year}-${String(count).padStart(2, '0')}`,
        subject: `${subjectPrefix} ${count}`,
        preheader: 'Aperçu',
        articles: articleIds(),
        status,
        ...(scheduledAt ? { scheduledAt } : {}),
      },
    })
  }
}

/** Active subscribers through the Local API (their tokens are assigned by the collection's hooks). */
export async function createActiveSubscribers({
  payload,
  emails,
}: {
  payload: Payload
  emails: string[]
}): Promise<void> {
  for (const email of emails)
    await payload.create({ collection: 'subscribers', data: { email, status: 'active' } })
}

/** How many mails with this subject the local server accepted, and for how many distinct people. */
export function outboxTally(mail: LocalResendServer, subject: string) {
  const recipients = mail.outbox
    .all()
    .filter((entry) => entry.subject === subject)
    .map((entry) => entry.to[0] as string)
  return { total: recipients.length, unique: new Set(recipients).size }
}

/** The send of an issue, if one was created (at most one: `sends.issue` is unique). */
export async function sendOfIssue({ payload, issueId }: { payload: Payload; issueId: number }) {
  const { docs } = await payload.find({
    collection: 'sends',
    where: { issue: { equals: issueId } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return docs[0]
}
