import { BRUSSELS } from '../dates/brussels'

const PEOPLE: Array<[string, string, string]> = [
  ['Anne', 'Dupont', 'Fédération des services sociaux'],
  ['Bruno', 'Lambert', 'FEBISP'],
  ['Claire', 'Mertens', 'Fédération des CPAS'],
  ['David', 'Janssens', 'FIMS'],
  ['Émilie', 'Renard', 'FEDITO wallonne'],
  ['François', 'Leroy', 'CESSoC'],
  ['Géraldine', 'Simon', 'FASS'],
  ['Hugo', 'Dubois', 'Santhea'],
  ['Inès', 'Laurent', 'UNESSA'],
  ['Jules', 'Martin', 'FEWASC'],
  ['Karima', 'Benali', 'ACFI'],
  ['Louis', 'Peeters', 'FILE'],
]

export type DemoSubscriber = {
  email: string
  firstName: string
  lastName: string
  organisation: string
  status: 'active' | 'unsubscribed'
  consent: {
    at: string
    at_tz: typeof BRUSSELS
    source: 'import'
    detail: string
    confirmedAt: string
    confirmedAt_tz: typeof BRUSSELS
  }
  unsubscribedAt?: string
  unsubscribedAt_tz?: typeof BRUSSELS
}

const DAY = 86_400_000

/**
 * Fictitious subscribers for the demo, spread over the last twelve months so that the dashboard's
 * chart has a history; a few unsubscribed since. Addresses are on example.org (RFC 2606): they can
 * never reach anyone, and the demo only loads them when mail stays in the local outbox.
 */
export function demoSubscribers(today: Date, count = 36): DemoSubscriber[] {
  return Array.from({ length: count }, (_, index) => {
    const [firstName, lastName, organisation] = PEOPLE[index % PEOPLE.length] as [
      string,
      string,
      string,
    ]
    const joined = new Date(today.getTime() - Math.round(((count - index) / count) * 360) * DAY)
    const isUnsubscribed = index % 6 === 5
    const consent = {
      at: joined.toISOString(),
      at_tz: BRUSSELS,
      source: 'import' as const,
      detail: 'Démonstration',
      confirmedAt: joined.toISOString(),
      confirmedAt_tz: BRUSSELS,
    }
    const slug = `${firstName}.${lastName}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
    return {
      email: `${slug}${index >= PEOPLE.length ? `.${index}` : ''}@example.org`,
      firstName,
      lastName,
      organisation,
      status: isUnsubscribed ? 'unsubscribed' : 'active',
      consent,
      ...(isUnsubscribed
        ? {
            unsubscribedAt: new Date(joined.getTime() + 40 * DAY).toISOString(),
            unsubscribedAt_tz: BRUSSELS,
          }
        : {}),
    }
  })
}
