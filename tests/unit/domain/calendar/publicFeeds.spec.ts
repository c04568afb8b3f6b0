import { agendaFeedFor, conferencesFeed, publicFeeds } from '@/domain/calendar/publicFeeds'
import { AGENDA_KINDS } from '@/domain/content/options'
import { InvalidRequestError } from '@/domain/errors'

describe('publicFeeds', () => {
  it('should list the agenda, the conferences, then one feed per kind of agenda item', () => {
    expect(publicFeeds().map((feed) => feed.path)).toEqual([
      '/calendars/agenda.ics',
      '/calendars/conferences.ics',
      ...AGENDA_KINDS.map((kind) => `/calendars/agenda.ics?kind=${kind.value}`),
    ])
  })

  it('should give every feed its own key, so their ETags differ', () => {
    const keys = publicFeeds().map((feed) => feed.key)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('should name the per-kind feeds in the plural', () => {
    expect(agendaFeedFor('webinar').name).toBe('Webinaires de l’UNIPSO')
  })
})

describe('agendaFeedFor', () => {
  it('should serve the whole agenda without a kind', () => {
    expect([agendaFeedFor(null).key, agendaFeedFor('').key]).toEqual(['agenda', 'agenda'])
  })

  it('should serve the agenda items of a known kind', () => {
    expect(agendaFeedFor('study-day').selection).toEqual({
      collections: 'agenda',
      agendaKind: 'study-day',
    })
  })

  it('should refuse an unknown kind with a French 400 naming the possible kinds', () => {
    const refusal = (() => {
      try {
        agendaFeedFor('concert')
        return null
      } catch (error) {
        return error as InvalidRequestError
      }
    })()
    expect([refusal instanceof InvalidRequestError, refusal?.status, refusal?.userMessage]).toEqual(
      [
        true,
        400,
        'Type d’évènement inconnu : « concert ». Types possibles : forum, study-day, webinar, training, other.',
      ],
    )
  })

  it('should keep the conferences feed on its own path', () => {
    expect(conferencesFeed().selection).toEqual({ collections: 'conferences' })
  })
})
