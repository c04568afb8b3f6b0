import type { Payload } from 'payload'

import { parseIcs } from '../../helpers/parseIcs'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import { SEED_TODAY, seedDemoContent } from '../../helpers/seededDemo'
import { FEED_TTL_SECONDS } from '@/domain/calendar/buildCalendar'
import { CANCELLED_RETENTION_DAYS } from '@/domain/calendar/feedRetention'
import { agendaFeedFor, conferencesFeed } from '@/domain/calendar/publicFeeds'
import { calendarResponse } from '@/server/calendar/calendarResponse'
import { memberFeed, memberForToken, publicFeed } from '@/server/calendar/feeds'
import { singleEventFeed } from '@/server/calendar/singleEvent'
import type { Member } from '@/payload-types'
import { calendarLinks } from '@/domain/newsletter/calendarLinks'

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

  const feedText = async (entry = agendaFeedFor(null), now = today) =>
    calendarResponse({
      request: get(),
      feed: await publicFeed({ payload, entry, now }),
      filename: 'a.ics',
    }).text()

  it('should serve per-kind feeds with the seeded agenda items of that kind only', async () => {
    const summaries = async (kind: string) =>
      parseIcs(await feedText(agendaFeedFor(kind))).events.map((event) => event.summary)
    expect([
      await summaries('forum'),
      await summaries('webinar'),
      await summaries('study-day'),
      await summaries('training'),
    ]).toEqual([
      ["Forum de l'économie & de l'innovation sociale"],
      ["Webinaire : les aides à l'emploi APE expliquées aux employeurs du secteur à profit social"],
      ["Journée d'étude : attractivité des métiers de l'aide et des soins"],
      ['ANNULÉ – Journée de la formation continue dans le secteur à profit social'],
    ])
  })

  it('should name a per-kind feed after its kind', async () => {
    expect(parseIcs(await feedText(agendaFeedFor('webinar'))).name).toBe('Webinaires de l’UNIPSO')
  })

  it('should answer an unknown kind with a French 400, to GET and HEAD, and serve a known one', async () => {
    const { GET, HEAD } = await import('../../../src/app/calendars/agenda.ics/route')
    const unknown = await GET(new Request('http://localhost/calendars/agenda.ics?kind=concert'))
    const head = await HEAD(
      new Request('http://localhost/calendars/agenda.ics?kind=concert', { method: 'HEAD' }),
    )
    const known = await GET(new Request('http://localhost/calendars/agenda.ics?kind=webinar'))
    expect([
      unknown.status,
      ((await unknown.json()) as { error: string }).error,
      head.status,
      known.status,
      known.headers.get('content-type'),
    ]).toEqual([
      400,
      'Type d’évènement inconnu : « concert ». Types possibles : forum, study-day, webinar, training, other.',
      400,
      200,
      'text/calendar; charset=utf-8',
    ])
  })

  it('should announce a one-hour refresh in both properties and keep caches to the same hour', async () => {
    const response = calendarResponse({
      request: get(),
      feed: await publicFeed({ payload, entry: agendaFeedFor('forum'), now: today }),
      filename: 'a.ics',
    })
    const body = await response.text()
    expect([
      /^REFRESH-INTERVAL;VALUE=DURATION:(.*)\r$/m.exec(body)?.[1],
      /^X-PUBLISHED-TTL:(.*)\r$/m.exec(body)?.[1],
      response.headers.get('cache-control'),
      FEED_TTL_SECONDS,
    ]).toEqual(['PT1H', 'PT1H', 'public, max-age=3600', 3600])
  })

  it('should keep a cancelled event in the feeds 30 days after its date, then drop it', async () => {
    const cancelled = (
      await payload.find({ collection: 'agenda-items', where: { status: { equals: 'cancelled' } } })
    ).docs[0]
    // An all-day event: its last day ends at Brussels midnight.
    const endsAt = Date.parse(cancelled?.endsAt ?? (cancelled?.startsAt as string)) + 86_400_000
    const day = 86_400_000
    const statusOn = async (now: Date) =>
      parseIcs(await feedText(agendaFeedFor(null), now)).events.find(
        (event) => event.uid === `agenda-items-${cancelled?.id}@localhost`,
      )?.status ?? null
    const personal = await memberFeed({
      payload,
      member,
      now: new Date(endsAt + (CANCELLED_RETENTION_DAYS + 1) * day),
    })
    expect([
      await statusOn(new Date(endsAt + (CANCELLED_RETENTION_DAYS - 1) * day)),
      await statusOn(new Date(endsAt + (CANCELLED_RETENTION_DAYS + 1) * day)),
      personal.events.some((event) => event.uid === `agenda-items-${cancelled?.id}@localhost`),
    ]).toEqual(['CANCELLED', null, false])
  })

  it('should describe an online event alike in the feed, its single .ics and the newsletter links', async () => {
    const webinar = (
      await payload.find({ collection: 'agenda-items', where: { kind: { equals: 'webinar' } } })
    ).docs[0]
    const uid = `agenda-items-${webinar?.id}@localhost`
    const inFeed = await feedText()
    const single = await singleEventFeed({
      payload,
      collection: 'agenda-items',
      id: String(webinar?.id),
      token: null,
    })
    const singleText = calendarResponse({
      request: get(),
      feed: single as NonNullable<typeof single>,
      filename: 'w.ics',
    })
    const fromFeed = parseIcs(inFeed).events.find((event) => event.uid === uid)
    const fromSingle = parseIcs(await singleText.text()).events[0]
    const links = calendarLinks({
      event: single?.events[0] as never,
      baseUrl: 'http://localhost:3000',
    })
    expect([
      fromFeed?.location,
      fromSingle?.location,
      new URL(links.google).searchParams.get('location'),
      fromSingle?.uid,
      [fromFeed?.summary, fromFeed?.start, fromFeed?.end],
    ]).toEqual([
      'En ligne – https://www.unipso.be',
      'En ligne – https://www.unipso.be',
      'En ligne – https://www.unipso.be',
      uid,
      [fromSingle?.summary, fromSingle?.start, fromSingle?.end],
    ])
  })

  it('should give each public event its page as URL', async () => {
    const webinar = (
      await payload.find({ collection: 'agenda-items', where: { kind: { equals: 'webinar' } } })
    ).docs[0]
    const feed = await publicFeed({ payload, entry: agendaFeedFor('webinar'), now: today })
    expect([webinar?.slug, feed.events[0]?.url]).toEqual([
      'webinaire-les-aides-a-l-emploi-ape-expliquees-aux-employeurs-du-secteur-a-profit-social',
      `http://localhost:3000/agenda/${webinar?.slug}`,
    ])
  })

  it('should keep a meeting’s internal notes out of the member feed and the meeting’s .ics', async () => {
    const meeting = await payload.create({
      collection: 'meetings',
      data: {
        kind: 'bureau',
        startsAt: '2027-01-15T09:00:00.000Z',
        startsAt_tz: 'Europe/Brussels',
        status: 'confirmed',
        notes: 'Remarque confidentielle XYZZY',
      } as never,
    })
    const token = (await payload.findByID({ collection: 'members', id: member.id }))
      .feedToken as string
    const feed = await memberFeed({
      payload,
      member: (await payload.findByID({ collection: 'members', id: member.id })) as Member,
      now: today,
    })
    const single = await singleEventFeed({
      payload,
      collection: 'meetings',
      id: String(meeting.id),
      token,
    })
    const texts = await Promise.all(
      [feed, single].map((entry) =>
        calendarResponse({
          request: get(),
          feed: entry as NonNullable<typeof entry>,
          filename: 'm.ics',
        }).text(),
      ),
    )
    expect([
      texts.map((text) => text.includes('XYZZY')),
      feed.events.some((event) => event.uid === `meetings-${meeting.id}@localhost`),
    ]).toEqual([[false, false], true])
  })

  it('should give a new ETag when an event’s venue is edited, though the event itself is not', async () => {
    const etag = async () =>
      calendarResponse({
        request: get(),
        feed: await publicFeed({ payload, entry: agendaFeedFor('study-day'), now: today }),
        filename: 'a.ics',
      }).headers.get('etag')
    const before = await etag()
    const namur = (
      await payload.find({ collection: 'venues', where: { name: { equals: 'UNIPSO Namur' } } })
    ).docs[0]
    await payload.update({
      collection: 'venues',
      id: namur?.id as number,
      data: { street: 'Square Arthur Masson 1/8' },
    })
    expect([
      before === (await etag()),
      (await publicFeed({ payload, entry: agendaFeedFor('study-day'), now: today })).events[0]
        ?.location,
    ]).toEqual([false, 'UNIPSO Namur, Square Arthur Masson 1/8, 5000 Namur'])
  })
})
