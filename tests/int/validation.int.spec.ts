import type { Payload } from 'payload'

import { PASSWORD } from '../helpers/accessFixtures'
import type { RestServer } from '../helpers/restServer'
import { loginHeader, startRestServer } from '../helpers/restServer'
import type { TestPayload } from '../helpers/testPayload'
import { getTestPayload } from '../helpers/testPayload'
import { createSendableArticle } from '../helpers/sendableIssue'

const tz = 'Europe/Brussels' as const

type FieldErrors = Array<{ path: string; message: string }>

/** The field errors of a refused write, as the admin shows them. */
async function refusal(promise: Promise<unknown>): Promise<FieldErrors> {
  try {
    await promise
  } catch (error) {
    return ((error as { data?: { errors?: FieldErrors } }).data?.errors ?? []).map(
      ({ path, message }) => ({ path, message }),
    )
  }
  throw new Error('La requête aurait dû être refusée')
}

describe('validation', () => {
  let context: TestPayload
  let payload: Payload
  let rest: RestServer
  let ids: { workingGroup: number; venue: number; otherVenue: number; article: number }
  const userOf = async (email: string) =>
    (await payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]

  beforeAll(async () => {
    context = await getTestPayload()
    payload = context.payload
    const group = await payload.create({ collection: 'working-groups', data: { name: 'GT AViQ' } })
    const venue = await payload.create({
      collection: 'venues',
      data: { name: 'UNIPSO Namur', city: 'Namur' },
    })
    const otherVenue = await payload.create({
      collection: 'venues',
      data: { name: 'UNIPSO Bruxelles', city: 'Bruxelles' },
    })
    const articleId = await createSendableArticle(payload, { title: 'Rencontres' })
    ids = {
      workingGroup: group.id,
      venue: venue.id,
      otherVenue: otherVenue.id,
      article: articleId,
    }
    rest = await startRestServer(payload.config)
  })
  afterAll(async () => {
    await rest?.close()
    await context?.cleanup()
  })

  describe('users', () => {
    it('should make the first account of an empty database an admin', async () => {
      const first = await payload.create({
        collection: 'users',
        data: { email: 'premiere@test.local', password: PASSWORD, role: 'editor' },
      })
      const second = await payload.create({
        collection: 'users',
        data: { email: 'editor@test.local', password: PASSWORD, role: 'editor' },
      })
      await payload.create({
        collection: 'users',
        data: { email: 'communication@test.local', password: PASSWORD, role: 'communication' },
      })
      expect([first.role, second.role]).toEqual(['admin', 'editor'])
    })
  })

  describe('events', () => {
    it('should refuse an agenda item that ends before it starts, in French, and store nothing', async () => {
      const before = await payload.count({ collection: 'agenda-items' })
      const errors = await refusal(
        payload.create({
          collection: 'agenda-items',
          data: {
            title: 'Forum',
            startsAt: '2030-02-21T10:00:00.000Z',
            startsAt_tz: tz,
            status: 'confirmed',
            endsAt: '2030-02-21T09:00:00.000Z',
          },
        }),
      )
      const after = await payload.count({ collection: 'agenda-items' })
      expect(errors).toEqual([
        { path: 'endsAt', message: 'La fin doit être postérieure au début.' },
      ])
      expect(after.totalDocs).toBe(before.totalDocs)
    })

    it('should answer 400 with the French message through REST', async () => {
      await userOf('editor@test.local')
      const auth = await loginHeader({
        baseUrl: rest.baseUrl,
        email: 'editor@test.local',
        password: PASSWORD,
      })
      const response = await fetch(`${rest.baseUrl}/api/conferences`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: auth },
        body: JSON.stringify({
          title: 'Colloque',
          startsAt: '2030-03-01T10:00:00.000Z',
          startsAt_tz: tz,
          status: 'confirmed',
          endsAt: '2030-02-28T10:00:00.000Z',
        }),
      })
      const body = (await response.json()) as { errors: Array<{ data?: { errors?: FieldErrors } }> }
      expect(response.status).toBe(400)
      expect(body.errors[0]?.data?.errors?.[0]?.message).toBe(
        'La fin doit être postérieure au début.',
      )
    })

    it('should accept an all-day event ending on its first day', async () => {
      const item = await payload.create({
        collection: 'agenda-items',
        data: {
          title: 'Journée',
          startsAt: '2030-02-20T23:00:00.000Z',
          startsAt_tz: tz,
          status: 'confirmed',
          endsAt: '2030-02-20T23:00:00.000Z',
          isAllDay: true,
        },
      })
      expect(item.isAllDay).toBe(true)
    })

    it('should refuse a conference session that ends before it starts', async () => {
      const errors = await refusal(
        payload.create({
          collection: 'conferences',
          data: {
            title: 'Rencontres',
            startsAt: '2030-03-01T08:00:00.000Z',
            startsAt_tz: tz,
            status: 'confirmed',
            sessions: [
              {
                title: 'Atelier',
                startsAt: '2030-03-01T10:00:00.000Z',
                startsAt_tz: tz,
                endsAt: '2030-03-01T09:00:00.000Z',
              },
            ],
          },
        }),
      )
      expect(errors).toEqual([
        { path: 'sessions.0.endsAt', message: 'La fin doit être postérieure au début.' },
      ])
    })

    it('should store HTML typed in a title as text, on one line', async () => {
      const item = await payload.create({
        collection: 'agenda-items',
        data: {
          title: '  <script>alert("x")</script>\n<b>Forum</b> & co  ',
          startsAt: '2030-01-10T09:00:00.000Z',
          startsAt_tz: tz,
          status: 'confirmed',
        },
      })
      const stored = await payload.findByID({ collection: 'agenda-items', id: item.id })
      expect(stored.title).toBe('<script>alert("x")</script> <b>Forum</b> & co')
    })

    it('should raise the calendar sequence when an event moves, not when its summary changes', async () => {
      const item = await payload.create({
        collection: 'agenda-items',
        data: {
          title: 'Webinaire',
          startsAt: '2030-01-10T09:00:00.000Z',
          startsAt_tz: tz,
          status: 'confirmed',
        },
      })
      const reworded = await payload.update({
        collection: 'agenda-items',
        id: item.id,
        data: { summary: 'Nouveau résumé' },
      })
      const moved = await payload.update({
        collection: 'agenda-items',
        id: item.id,
        data: { startsAt: '2030-01-11T09:00:00.000Z', startsAt_tz: tz, status: 'confirmed' },
      })
      const cancelled = await payload.update({
        collection: 'agenda-items',
        id: item.id,
        data: { status: 'cancelled' },
      })
      expect([item.sequence, reworded.sequence, moved.sequence, cancelled.sequence]).toEqual([
        0, 0, 1, 2,
      ])
    })
  })

  describe('meetings', () => {
    it('should refuse a working-group meeting without its working group', async () => {
      const errors = await refusal(
        payload.create({
          collection: 'meetings',
          data: {
            kind: 'gt',
            startsAt: '2030-02-07T12:30:00.000Z',
            startsAt_tz: tz,
            status: 'confirmed',
          },
        }),
      )
      expect(errors).toEqual([
        { path: 'workingGroup', message: 'Choisissez le groupe de travail qui se réunit.' },
      ])
    })

    it('should title a meeting from its group and Brussels time', async () => {
      const meeting = await payload.create({
        collection: 'meetings',
        data: {
          kind: 'gt',
          workingGroup: ids.workingGroup,
          startsAt: '2020-02-07T12:30:00.000Z',
          startsAt_tz: tz,
          status: 'confirmed',
          venue: ids.venue,
        },
      })
      expect(meeting.title).toBe('GT AViQ – 07/02/2020, 13h30')
    })

    it('should let a working-group meeting be edited without sending its group again', async () => {
      // The group is checked by the field itself too (for the admin's form): a partial update
      // that leaves it out must not be taken for a missing group.
      const meeting = await payload.create({
        collection: 'meetings',
        data: {
          kind: 'gt',
          workingGroup: ids.workingGroup,
          startsAt: '2030-03-07T12:30:00.000Z',
          startsAt_tz: tz,
          status: 'confirmed',
        },
      })
      const updated = await payload.update({
        collection: 'meetings',
        id: meeting.id,
        data: { venueLabel: 'Namur' },
        depth: 0,
      })
      const emptied = await refusal(
        payload.update({ collection: 'meetings', id: meeting.id, data: { workingGroup: null } }),
      )
      expect([updated.venueLabel, updated.workingGroup]).toEqual(['Namur', ids.workingGroup])
      expect(emptied).toEqual([
        { path: 'workingGroup', message: 'Choisissez le groupe de travail qui se réunit.' },
      ])
    })

    it('should drop a working group given to a Bureau meeting', async () => {
      const meeting = await payload.create({
        collection: 'meetings',
        data: {
          kind: 'bureau',
          workingGroup: ids.workingGroup,
          startsAt: '2020-01-31T09:00:00.000Z',
          startsAt_tz: tz,
          status: 'confirmed',
        },
      })
      expect([meeting.workingGroup ?? null, meeting.title]).toEqual([
        null,
        'Bureau – 31/01/2020, 10h',
      ])
    })
  })

  describe('reference data', () => {
    it('should refuse an online venue without a link', async () => {
      const errors = await refusal(
        payload.create({ collection: 'venues', data: { name: 'Visio', isOnline: true } }),
      )
      expect(errors).toEqual([{ path: 'url', message: 'Un lieu en ligne a besoin d’un lien.' }])
    })

    it('should refuse a phone number that is not Belgian', async () => {
      const errors = await refusal(
        payload.create({
          collection: 'staff',
          data: { name: 'A', jobTitle: 'B', phones: [{ number: '+33 1 23' }] },
        }),
      )
      expect(errors).toEqual([
        { path: 'phones.0.number', message: 'Numéro belge attendu, par exemple 081/24.90.22.' },
      ])
    })

    it('should store rubric labels in capitals', async () => {
      const rubric = await payload.create({
        collection: 'rubrics',
        data: { label: 'impact social', order: 30 },
      })
      expect(rubric.label).toBe('IMPACT SOCIAL')
    })
  })

  describe('issues', () => {
    let issueNumber = 10
    const newIssue = async (data: Record<string, unknown> = {}) => {
      issueNumber += 1
      return payload.create({
        collection: 'issues',
        data: {
          number: issueNumber,
          month: `2031-${String(issueNumber - 10).padStart(2, '0')}`,
          subject: 'Numéro',
          ...data,
        } as never,
      })
    }
    const asUser = async (email: string) => ({ user: await userOf(email), overrideAccess: false })

    it('should refuse an invalid month with a French message', async () => {
      const errors = await refusal(
        payload.create({
          collection: 'issues',
          data: { number: 99, month: '2020-13', subject: 'X', status: 'draft' },
        }),
      )
      expect(errors).toEqual([
        {
          path: 'month',
          message: 'Mois invalide : « 2020-13 ». Format attendu : AAAA-MM, par exemple 2020-02.',
        },
      ])
    })

    it('should fill the meetings window from the month', async () => {
      const issue = await newIssue()
      expect([issue.meetingsFrom, issue.meetingsUntil]).toEqual([
        '2030-12-24T23:00:00.000Z',
        '2031-02-28T22:59:59.999Z',
      ])
    })

    it('should let an editor mark an issue ready but not approve it', async () => {
      const issue = await newIssue()
      const ready = await payload.update({
        collection: 'issues',
        id: issue.id,
        data: { status: 'ready' },
        ...(await asUser('editor@test.local')),
      })
      const errors = await refusal(
        payload.update({
          collection: 'issues',
          id: issue.id,
          data: { status: 'approved' },
          ...(await asUser('editor@test.local')),
        }),
      )
      expect(ready.status).toBe('ready')
      expect(errors[0]?.path).toBe('status')
      expect(errors[0]?.message).toMatch(
        /^Un rédacteur ne peut pas faire passer un numéro au-delà de « Prêt à relire »/,
      )
    })

    it('should name the status field by its label, not its path, in the refusal’s summary', async () => {
      const issue = await newIssue()
      const summary = await payload
        .update({
          collection: 'issues',
          id: issue.id,
          data: { status: 'approved' },
          ...(await asUser('editor@test.local')),
        })
        .then(
          () => null,
          (error: Error) => error.message,
        )
      expect(summary).toMatch(/n’est pas valide\s?: Statut$/)
    })

    it('should refuse approving an issue while the preview shows errors, and list them', async () => {
      const issue = await newIssue({ status: 'ready' })
      const errors = await refusal(
        payload.update({
          collection: 'issues',
          id: issue.id,
          data: { status: 'approved' },
          ...(await asUser('communication@test.local')),
        }),
      )
      expect(errors).toEqual([
        {
          path: 'status',
          message:
            'Approbation impossible : Le texte d’aperçu est vide : la messagerie afficherait le début du courriel à la place. Le numéro ne contient aucun article « Dossiers et projets ».',
        },
      ])
    })

    it('should let communication staff approve and schedule a complete issue in the future', async () => {
      const issue = await newIssue({
        status: 'ready',
        preheader: 'Au sommaire',
        articles: [ids.article],
      })
      const options = await asUser('communication@test.local')
      await payload.update({
        collection: 'issues',
        id: issue.id,
        data: { status: 'approved' },
        ...options,
      })
      const scheduled = await payload.update({
        collection: 'issues',
        id: issue.id,
        data: { status: 'scheduled', scheduledAt: new Date(Date.now() + 86_400_000).toISOString() },
        ...options,
      })
      expect(scheduled.status).toBe('scheduled')
    })

    it('should refuse scheduling without a date, or in the past', async () => {
      const issue = await newIssue({ status: 'approved' })
      const options = await asUser('communication@test.local')
      const withoutDate = await refusal(
        payload.update({
          collection: 'issues',
          id: issue.id,
          data: { status: 'scheduled' },
          ...options,
        }),
      )
      const inThePast = await refusal(
        payload.update({
          collection: 'issues',
          id: issue.id,
          data: { status: 'scheduled', scheduledAt: '2020-03-01T08:00:00.000Z' },
          ...options,
        }),
      )
      expect([withoutDate[0]?.path, inThePast[0]?.message]).toEqual([
        'scheduledAt',
        'La date d’envoi programmée doit être dans le futur.',
      ])
    })

    it('should not let anyone set « Envoyé » by hand, nor reopen a sent issue', async () => {
      const draft = await newIssue({ status: 'approved' })
      const sent = await newIssue({ status: 'sent' })
      const options = await asUser('communication@test.local')
      const setSent = await refusal(
        payload.update({
          collection: 'issues',
          id: draft.id,
          data: { status: 'sent' },
          ...options,
        }),
      )
      const reopen = await refusal(
        payload.update({
          collection: 'issues',
          id: sent.id,
          data: { status: 'draft' },
          ...options,
        }),
      )
      expect(setSent[0]?.message).toBe(
        'Le statut « Envoyé » est posé par l’envoi lui-même, pas à la main.',
      )
      expect(reopen[0]?.message).toBe(
        'Ce numéro est « Envoyé » : son statut ne peut plus être modifié.',
      )
    })

    it('should refuse two issues for the same month', async () => {
      await newIssue({ month: '2032-05' })
      const errors = await refusal(newIssue({ month: '2032-05' }))
      expect(errors[0]?.path).toBe('month')
    })
  })
})
