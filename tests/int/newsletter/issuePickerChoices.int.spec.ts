import type { Payload } from 'payload'

import { markdownToLexical } from '@/domain/content/markdownToLexical'
import type { PickerChoice } from '@/domain/newsletter/pickerChoice'
import type { AccessUsers, Actor, ActorHeaders } from '../../helpers/accessFixtures'
import { createAccessUsers, loginAccessUsers } from '../../helpers/accessFixtures'
import type { RestServer } from '../../helpers/restServer'
import { startRestServer } from '../../helpers/restServer'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'

const DAY = 86_400_000

type Answer = { choices: PickerChoice[]; selected: PickerChoice[]; hiddenCount: number }

/** GET /api/issues/picker-choices: what the pickers offer, by date, with date and status. */
describe('issue picker choices', () => {
  let context: TestPayload
  let payload: Payload
  let rest: RestServer
  let users: AccessUsers
  let headers: ActorHeaders
  const ids: Record<string, number | string> = {}

  const get = (actor: Actor, query: string) =>
    fetch(`${rest.baseUrl}/api/issues/picker-choices?${query}`, { headers: headers[actor] })
  const titles = (choices: PickerChoice[]) => choices.map((choice) => choice.title)
  const event = (title: string, offsetDays: number) =>
    payload.create({
      collection: 'agenda-items',
      data: {
        title,
        startsAt: new Date(Date.now() + offsetDays * DAY).toISOString(),
        isPublished: true,
      } as never,
    })

  beforeAll(async () => {
    context = await getTestPayload()
    payload = context.payload
    users = await createAccessUsers(payload)
    rest = await startRestServer(payload.config)
    headers = await loginAccessUsers({ baseUrl: rest.baseUrl, users })
    const rubric = await payload.create({
      collection: 'rubrics',
      data: { label: 'POLITIQUE', order: 1 },
    })
    const staff = await payload.create({
      collection: 'staff',
      data: { name: 'Geoffrey Morbois', jobTitle: 'Chargé de communication' },
    })
    const article = (title: string) =>
      payload.create({
        collection: 'articles',
        data: {
          title,
          rubric: rubric.id,
          signedBy: [staff.id],
          body: markdownToLexical('Texte.'),
          status: 'published',
        } as never,
      })
    ids.sentArticle = (await article('Déjà *envoyé*')).id
    ids.freshArticle = (await article('Tout neuf')).id
    ids.past = (await event('Forum passé', -10)).id
    ids.later = (await event('Webinaire dans un mois', 30)).id
    ids.soon = (await event('Atelier *bientôt*', 3)).id
    await payload.create({
      collection: 'issues',
      data: {
        number: 1,
        month: '2020-02',
        subject: '#ActUNIPSO – Février 2020',
        articles: [ids.sentArticle],
        status: 'sent',
      } as never,
    })
  })
  afterAll(async () => {
    await rest?.close()
    await context?.cleanup()
  })

  it('should offer upcoming events soonest first, past ones left out and counted', async () => {
    const answer = (await (await get('editor', 'collection=agenda-items')).json()) as Answer
    expect([titles(answer.choices), answer.hiddenCount]).toEqual([
      ['Atelier *bientôt*', 'Webinaire dans un mois'],
      1,
    ])
  })

  it('should offer past events too when asked, latest first, saying they are past', async () => {
    const answer = (await (await get('editor', 'collection=agenda-items&all=1')).json()) as Answer
    expect(answer.choices.map((choice) => [choice.title, choice.hiddenBecause])).toEqual([
      ['Webinaire dans un mois', null],
      ['Atelier *bientôt*', null],
      ['Forum passé', 'passé'],
    ])
  })

  it('should name the chosen documents even when the filter leaves them out', async () => {
    const answer = (await (
      await get('communication', `collection=agenda-items&ids=${ids.past}`)
    ).json()) as Answer
    expect(answer.selected.map((choice) => choice.label)).toEqual([
      expect.stringMatching(/^Forum passé — .+ · Confirmé · passé$/),
    ])
  })

  it('should leave out articles another sent issue carried unless asked', async () => {
    const byDefault = (await (await get('editor', 'collection=articles')).json()) as Answer
    const all = (await (await get('editor', 'collection=articles&all=1')).json()) as Answer
    expect([titles(byDefault.choices), byDefault.hiddenCount, all.choices.length]).toEqual([
      ['Tout neuf'],
      1,
      2,
    ])
    expect(all.choices.find((choice) => choice.id === ids.sentArticle)?.details).toMatch(
      / · Publié · déjà envoyé dans « #ActUNIPSO – Février 2020 »$/,
    )
  })

  it('should answer an unknown list with a French 400', async () => {
    const response = await get('editor', 'collection=subscribers')
    expect([response.status, ((await response.json()) as { error: string }).error]).toEqual([
      400,
      'Liste inconnue : « subscribers » (articles, agenda-items ou conferences).',
    ])
  })

  it('should refuse anonymous visitors (403)', async () => {
    expect((await get('anonymous', 'collection=articles')).status).toBe(403)
  })
})
