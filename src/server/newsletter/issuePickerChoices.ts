import type { PayloadRequest, Where } from 'payload'

import { relationId } from '@/domain/content/relationId'
import type { PickerChoice } from '@/domain/newsletter/pickerChoice'
import { articleChoice, eventChoice, startOfBrusselsDay } from '@/domain/newsletter/pickerChoice'

export const PICKER_COLLECTIONS = ['articles', 'agenda-items', 'conferences'] as const
export type PickerCollection = (typeof PICKER_COLLECTIONS)[number]

export type PickerChoices = {
  /** What the picker offers, by date (events soonest first, articles latest first). */
  choices: PickerChoice[]
  /** The documents already chosen, whatever the filter, so the picker can name them. */
  selected: PickerChoice[]
  /** How many the default filter leaves out (past events, articles already sent). */
  hiddenCount: number
}

const LIMIT = 200

/**
 * The choices of an issue's picker for `collection`, read with the user's access: events not over
 * yet (Brussels day) and articles no other sent issue carried, unless `showAll`; each with its date
 * and status in words. `selected` always names the issue's current choices.
 */
export async function issuePickerChoices({
  req,
  collection,
  issueId,
  selectedIds,
  showAll,
  now,
}: {
  req: PayloadRequest
  collection: PickerCollection
  issueId: number | string | null
  selectedIds: Array<number | string>
  showAll: boolean
  now: Date
}): Promise<PickerChoices> {
  const { payload } = req
  const read = { req, overrideAccess: false, depth: 0 } as const
  if (collection === 'articles') {
    const sentIssues = await payload.find({
      ...read,
      collection: 'issues',
      where: {
        and: [
          { status: { in: ['sending', 'sent'] } },
          ...(issueId === null ? [] : [{ id: { not_equals: issueId } }]),
        ],
      },
      pagination: false,
      select: { subject: true, articles: true },
    })
    const sentIn = new Map<string, string>()
    for (const issue of sentIssues.docs)
      for (const article of issue.articles ?? [])
        sentIn.set(String(relationId(article)), issue.subject)
    const filter: Where = showAll ? {} : { id: { not_in: [...sentIn.keys()] } }
    const select = { title: true, status: true, updatedAt: true } as const
    const [offered, selected, total] = await Promise.all([
      payload.find({
        ...read,
        collection,
        where: filter,
        select,
        sort: '-updatedAt',
        limit: LIMIT,
      }),
      selectedIds.length
        ? payload.find({
            ...read,
            collection,
            where: { id: { in: selectedIds } },
            select,
            pagination: false,
          })
        : null,
      payload.count({ req, overrideAccess: false, collection }),
    ])
    const toChoice = (article: (typeof offered.docs)[number]) =>
      articleChoice({ article, sentIn: sentIn.get(String(article.id)) ?? null })
    return {
      choices: offered.docs.map(toChoice),
      selected: (selected?.docs ?? []).map(toChoice),
      hiddenCount: showAll ? 0 : total.totalDocs - offered.totalDocs,
    }
  }
  const today = startOfBrusselsDay(now)
  const filter: Where = showAll
    ? {}
    : {
        or: [
          { startsAt: { greater_than_equal: today } },
          { endsAt: { greater_than_equal: today } },
        ],
      }
  const select = {
    title: true,
    startsAt: true,
    endsAt: true,
    isAllDay: true,
    status: true,
    isPublished: true,
  } as const
  const [offered, selected, total] = await Promise.all([
    // Upcoming: soonest first. Everything: latest first, so recent past events are not cut off.
    payload.find({
      ...read,
      collection,
      where: filter,
      select,
      sort: showAll ? '-startsAt' : 'startsAt',
      limit: LIMIT,
    }),
    selectedIds.length
      ? payload.find({
          ...read,
          collection,
          where: { id: { in: selectedIds } },
          select,
          pagination: false,
        })
      : null,
    payload.count({ req, overrideAccess: false, collection }),
  ])
  const toChoice = (event: (typeof offered.docs)[number]) => eventChoice({ event, now })
  return {
    choices: offered.docs.map(toChoice),
    selected: (selected?.docs ?? []).map(toChoice),
    hiddenCount: showAll ? 0 : total.totalDocs - offered.totalDocs,
  }
}
