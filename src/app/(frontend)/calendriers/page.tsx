import type { Metadata } from 'next'
import { getPayload } from 'payload'

import config from '@payload-config'
import { CopyButton } from '@/components/web/CopyButton'
import { readEnv } from '@/config/env'
import { subscribeLinks } from '@/domain/calendar/subscribeLinks'
import { formatLongDate } from '@/domain/dates/brussels'
import { publicFeed } from '@/server/calendar/feeds'
import '../archive.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Agendas de l’UNIPSO',
  description: 'S’abonner à l’agenda de l’UNIPSO dans Google Agenda, Outlook ou Apple Calendrier',
}

const FEEDS = [
  {
    path: '/calendars/agenda.ics',
    name: 'Agenda de l’UNIPSO',
    text: 'Forums, journées d’étude, webinaires et conférences.',
  },
  {
    path: '/calendars/conferences.ics',
    name: 'Conférences de l’UNIPSO',
    text: 'Les conférences seulement.',
  },
]

/** /calendriers: subscribe to the public feeds; the upcoming events, each with its .ics file. */
export default async function CalendarsPage() {
  const { serverUrl } = readEnv()
  const now = new Date()
  const feed = await publicFeed({
    payload: await getPayload({ config }),
    kind: 'agenda',
    now,
    pastLimit: 0,
  })
  return (
    <main className="archive calendars">
      <h1>Les agendas de l’UNIPSO</h1>
      <p>
        Abonnez-vous une fois : les événements de l’UNIPSO apparaissent dans votre agenda et se
        mettent à jour tout seuls, aux heures de Bruxelles. Un événement annulé y reste, marqué «
        annulé ».
      </p>
      {FEEDS.map((entry) => {
        const links = subscribeLinks({ feedUrl: `${serverUrl}${entry.path}`, name: entry.name })
        return (
          <section key={entry.path} className="card">
            <h2>{entry.name}</h2>
            <p>{entry.text}</p>
            <p className="actions">
              <a className="button" href={links.webcal}>
                S’abonner (Apple, Outlook)
              </a>
              <a className="button" href={links.google}>
                Google Agenda
              </a>
              <a className="button" href={links.outlook}>
                Outlook.com
              </a>
              <CopyButton text={links.https} />
            </p>
            <p className="small">
              <code>{links.https}</code>
            </p>
          </section>
        )
      })}
      <section className="card">
        <h2>Agenda personnel des membres</h2>
        <p>
          Les membres des fédérations reçoivent de l’équipe communication un lien personnel qui
          ajoute à l’agenda public les instances (Bureau, CA, AG) et les réunions de leurs groupes
          de travail. Ce lien est secret : ne le partagez pas. Pour le recevoir, écrivez à{' '}
          <a href="mailto:unipso@unipso.be">unipso@unipso.be</a>.
        </p>
      </section>
      <h2>Prochains événements</h2>
      {feed.events.length === 0 ? (
        <p>Aucun événement à venir pour l’instant.</p>
      ) : (
        <ul className="upcoming">
          {feed.events.map((event) => {
            const { collection, id } = event.ref
            return (
              <li key={event.uid} id={`${collection}-${id}`}>
                <strong>
                  {formatLongDate(event.isAllDay ? `${event.start}T12:00:00Z` : event.start)}
                </strong>{' '}
                — {event.title}
                {event.location ? ` (${event.location})` : ''} ·{' '}
                <a href={`/events/${collection}/${id}.ics`}>Ajouter à mon agenda (.ics)</a>
              </li>
            )
          })}
        </ul>
      )}
    </main>
  )
}
