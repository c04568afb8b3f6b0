import type { Payload } from 'payload'

import { parseIcs } from '../../helpers/parseIcs'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import { SEED_TODAY, seedDemoContent } from '../../helpers/seededDemo'
import { FEED_TTL_SECONDS } from '@/domain/calendar/buildCalendar'
import { agendaFeedFor, conferencesFeed } from '@/domain/calendar/publicFeeds'
import { calendarResponse } from '@/server/calendar/calendarResponse'
import { memberFeed, memberForToken, publicFeed } from '@/server/calendar/feeds'
import { singleEventFeed } from '@/server/calendar/singleEvent'
import type { Member } from '@/payload-types'

const today = SEED_TODAY
const get = (headers: Record<string, string> = {}) =>
  new Request('http://localhost/calendars/agenda.ics', { headers })

describe('calendar feeds', () => {
  let context: TestPayload
  let payload: Payload
  let member: Member

  beforeAll(async () => {
    context = await getTestPayload()
    payload = context.payload
    await seedDemoContent(payload)
    const aviq = (
      await payload.find({ collection: 'working-groups', where: { name: { equals: 'GT AViQ' } } })
    ).docs[0]
    member = await payload.create({
      collection: 'members',
      data: {
        name: 'Anne Membre',
        email: 'anne@federation.be',
        workingGroups: [aviq?.id as number],
      },
    })
  })
  afterAll(async () => {
    await context?.cleanup()
  })

  it('should put the 21/02 Forum in the public feed as an all-day event on its Brussels date', async () => {
    const feed = await publicFeed({ payload, entry: agendaFeedFor(null), now: today })
    const parsed = parseIcs(
      await calendarResponse({ request: get(), feed, filename: 'a.ics' }).text(),
    )
    const forum = parsed.events.find((event) => event.summary.startsWith('Forum'))
    expect([forum?.start, forum?.end, forum?.isDate, forum?.location]).toEqual([
      '2020-02-21',
      '2020-02-22',
      true,
      "Centre L'Ilon, Rue des Tanneries 1, 5000 Namur",
    ])
    expect(parsed.name).toBe('Agenda de l’UNIPSO')
  })

  it('should keep a cancelled event, marked cancelled and prefixed ANNULÉ', async () => {
    const feed = await publicFeed({ payload, entry: agendaFeedFor(null), now: today })
    const parsed = parseIcs(
      await calendarResponse({ request: get(), feed, filename: 'a.ics' }).text(),
    )
    const cancelled = parsed.events.filter((event) => event.status === 'CANCELLED')
    expect(cancelled.map((event) => event.summary.startsWith('ANNULÉ – '))).toEqual([true])
  })

  it('should round-trip timed events to their Brussels hours', async () => {
    const webinar = (
      await payload.find({
        collection: 'agenda-items',
        where: { startsAt: { greater_than: today.toISOString() }, isAllDay: { equals: false } },
        sort: 'startsAt',
        limit: 1,
      })
    ).docs[0]
    const feed = await publicFeed({ payload, entry: agendaFeedFor(null), now: today })
    const parsed = parseIcs(
      await calendarResponse({ request: get(), feed, filename: 'a.ics' }).text(),
    )
    const event = parsed.events.find(
      (entry) => entry.uid === `agenda-items-${webinar?.id}@localhost`,
    )
    expect([event?.start, event?.end]).toEqual(['2026-12-11T10:00', '2026-12-11T11:30'])
  })

  it('should list only conferences in the conferences feed', async () => {
    const feed = await publicFeed({ payload, entry: conferencesFeed(), now: today })
    expect(feed.events.map((event) => event.uid.split('-')[0])).toEqual([
      'conferences',
      'conferences',
    ])
  })

  it('should give the member the 31/01 Bureau and CA and their GT meetings, not the other groups', async () => {
    const feed = await memberFeed({ payload, member, now: today })
    const parsed = parseIcs(
      await calendarResponse({ request: get(), feed, filename: 'm.ics' }).text(),
    )
    const meetings = parsed.events.filter((event) => event.uid.startsWith('meetings-'))
    expect(
      meetings
        .filter((event) => event.start.startsWith('2020-01-31'))
        .map((event) => [event.summary, event.start]),
    ).toEqual([
      ['Bureau (UNIPSO)', '2020-01-31T10:00'],
      ["Conseil d'administration (UNIPSO)", '2020-01-31T12:00'],
    ])
    const groups = new Set(
      meetings
        .filter((event) => event.categories.includes('Groupes de travail'))
        .map((event) => event.summary),
    )
    expect([...groups]).toEqual(['GT AViQ (UNIPSO)'])
  })

  it('should find a member by token, and nobody for a revoked, malformed or guessed token', async () => {
    const found = await memberForToken(payload, member.feedToken as string)
    const guessed = await memberForToken(
      payload,
      `${(member.feedToken as string).slice(0, 9)}${'A'.repeat(43)}`,
    )
    const malformed = await memberForToken(payload, '../../etc/passwd')
    const revoked = await payload.update({
      collection: 'members',
      id: member.id,
      data: { isRevoked: true },
    })
    const afterRevoke = await memberForToken(payload, revoked.feedToken as string)
    await payload.update({ collection: 'members', id: member.id, data: { isRevoked: false } })
    expect([found?.id, guessed, malformed, afterRevoke]).toEqual([member.id, null, null, null])
  })

  it('should stop the old link at once when a new one is generated', async () => {
    const before = (await payload.findByID({ collection: 'members', id: member.id }))
      .feedToken as string
    const after = await payload.update({
      collection: 'members',
      id: member.id,
      data: { regenerateToken: true } as never,
    })
    expect([
      after.feedToken === before,
      await memberForToken(payload, before),
      (await memberForToken(payload, after.feedToken as string))?.id,
    ]).toEqual([false, null, member.id])
  })

  it('should answer 304 to a matching If-None-Match, and a new ETag after a change', async () => {
    const feed = await publicFeed({ payload, entry: agendaFeedFor(null), now: today })
    const first = calendarResponse({ request: get(), feed, filename: 'a.ics' })
    const etag = first.headers.get('etag') as string
    const again = calendarResponse({
      request: get({ 'if-none-match': etag }),
      feed,
      filename: 'a.ics',
    })
    const item = (
      await payload.find({
        collection: 'agenda-items',
        limit: 1,
        where: { isPublished: { equals: true } },
      })
    ).docs[0]
    await payload.update({
      collection: 'agenda-items',
      id: item?.id as number,
      data: { summary: 'Résumé revu' },
    })
    const changed = calendarResponse({
      request: get({ 'if-none-match': etag }),
      feed: await publicFeed({ payload, entry: agendaFeedFor(null), now: today }),
      filename: 'a.ics',
    })
    expect([
      first.status,
      /^"[\w-]{32}"$/.test(etag),
      again.status,
      await again.text(),
      changed.status,
    ]).toEqual([200, true, 304, '', 200])
  })

  it('should serve calendar headers and end the body with CRLF', async () => {
    const response = calendarResponse({
      request: get(),
      feed: await publicFeed({ payload, entry: agendaFeedFor(null), now: today }),
      filename: 'a.ics',
    })
    const body = await response.text()
    expect([
      response.headers.get('content-type'),
      body.endsWith('END:VCALENDAR\r\n'),
      body.includes('BEGIN:VTIMEZONE'),
      body.includes('METHOD:PUBLISH'),
    ]).toEqual(['text/calendar; charset=utf-8', true, true, true])
  })

  it('should let caches keep a feed as long as the refresh interval it announces', async () => {
    const response = calendarResponse({
      request: get(),
      feed: await publicFeed({ payload, entry: agendaFeedFor(null), now: today }),
      filename: 'a.ics',
    })
    const body = await response.text()
    const announced = /REFRESH-INTERVAL;VALUE=DURATION:PT(\d+)H/.exec(body)?.[1]
    expect([response.headers.get('cache-control'), Number(announced) * 3600]).toEqual([
      `public, max-age=${FEED_TTL_SECONDS}`,
      FEED_TTL_SECONDS,
    ])
  })

  it('should answer HEAD without a body', async () => {
    const response = calendarResponse({
      request: new Request('http://localhost/x', { method: 'HEAD' }),
      feed: await publicFeed({ payload, entry: agendaFeedFor(null), now: today }),
      filename: 'a.ics',
    })
    expect([
      response.status,
      await response.text(),
      Number(response.headers.get('content-length')) > 1000,
    ]).toEqual([200, '', true])
  })

  it('should give a single published event, and 404 for drafts, unknown ids and meetings without token', async () => {
    const forum = (
      await payload.find({
        collection: 'agenda-items',
        where: { isAllDay: { equals: true }, startsAt: { less_than: '2021-01-01' } },
      })
    ).docs[0]
    const meeting = (await payload.find({ collection: 'meetings', limit: 1 })).docs[0]
    const draft = await payload.create({
      collection: 'agenda-items',
      data: {
        title: 'Brouillon',
        startsAt: '2030-01-01T08:00:00.000Z',
        startsAt_tz: 'Europe/Brussels',
        status: 'confirmed',
        isPublished: false,
      },
    })
    const single = await singleEventFeed({
      payload,
      collection: 'agenda-items',
      id: String(forum?.id),
      token: null,
    })
    const results = await Promise.all([
      singleEventFeed({ payload, collection: 'agenda-items', id: String(draft.id), token: null }),
      singleEventFeed({ payload, collection: 'agenda-items', id: '999999', token: null }),
      singleEventFeed({ payload, collection: 'meetings', id: String(meeting?.id), token: null }),
      singleEventFeed({ payload, collection: 'users', id: '1', token: null }),
      singleEventFeed({ payload, collection: 'agenda-items', id: '../1', token: null }),
    ])
    const withToken = await singleEventFeed({
      payload,
      collection: 'meetings',
      id: String(meeting?.id),
      token: (await payload.findByID({ collection: 'members', id: member.id })).feedToken as string,
    })
    expect([single?.events.length, ...results, withToken?.events.length]).toEqual([
      1,
      null,
      null,
      null,
      null,
      null,
      1,
    ])
  })

  it('should escape a hostile title instead of breaking the feed', async () => {
    const title = 'Réunion ; a, b \\ c 🎉 <script>x</script>'
    const created = await payload.create({
      collection: 'agenda-items',
      data: {
        title,
        startsAt: '2030-02-01T08:00:00.000Z',
        startsAt_tz: 'Europe/Brussels',
        status: 'confirmed',
        isPublished: true,
      },
    })
    const feed = await publicFeed({ payload, entry: agendaFeedFor(null), now: today })
    const parsed = parseIcs(
      await calendarResponse({ request: get(), feed, filename: 'a.ics' }).text(),
    )
    expect(
      parsed.events.find((event) => event.uid === `agenda-items-${created.id}@localhost`)?.summary,
    ).toBe(title)
  })
})
