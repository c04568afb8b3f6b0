import type { Metadata } from 'next'
import { getPayload } from 'payload'

import config from '@payload-config'
import { CopyButton } from '@/components/web/CopyButton'
import { readEnv } from '@/config/env'
import { eventWhen } from '@/domain/calendar/eventWhen'
import type { PublicFeedEntry } from '@/domain/calendar/publicFeeds'
import { publicFeeds } from '@/domain/calendar/publicFeeds'
import { subscribeLinks } from '@/domain/calendar/subscribeLinks'
import { calendarLinks } from '@/domain/newsletter/calendarLinks'
import { publicFeed } from '@/server/calendar/feeds'
import '../archive.css'
import './calendars.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Agendas de l’UNIPSO',
  description:
    'S’abonner à l’agenda de l’UNIPSO dans Apple Calendrier, Google Agenda ou Outlook, et les prochains événements avec leurs heures.',
}

/** One feed's subscribe links, each in the form its client accepts, and the address to copy. */
function FeedLinks({ entry, serverUrl }: { entry: PublicFeedEntry; serverUrl: string }) {
  const links = subscribeLinks({ feedUrl: `${serverUrl}${entry.path}`, name: entry.name })
  return (
    <>
      <p className="actions">
        <a className="button" href={links.webcal}>
          Apple Calendrier<span className="visually-hidden"> : {entry.name}</span>
        </a>
        <a className="button" href={links.google}>
          Google Agenda<span className="visually-hidden"> : {entry.name}</span>
        </a>
        <a className="button" href={links.outlook}>
          Outlook.com<span className="visually-hidden"> : {entry.name}</span>
        </a>
        <CopyButton text={links.https} label={entry.name} />
      </p>
      <p className="small">
        <code>{links.https}</code>
      </p>
    </>
  )
}

/**
 * /calendriers: subscribe to the public feeds (the whole agenda, the conferences, one per kind of
 * event), how long each client takes to show a change, and the upcoming events with their hours.
 */
export default async function CalendarsPage() {
  const { serverUrl } = readEnv()
  const [main, conferences, ...byKind] = publicFeeds()
  const feed = await publicFeed({
    payload: await getPayload({ config }),
    entry: main as PublicFeedEntry,
    now: new Date(),
    pastLimit: 0,
  })
  return (
    <main className="archive calendars">
      <h1>Les agendas de l’UNIPSO</h1>
      <p>
        Abonnez-vous une fois : les événements de l’UNIPSO apparaissent dans votre agenda, aux
        heures de Bruxelles, et se mettent à jour quand nous les modifions. Un événement annulé y
        reste un mois, marqué « annulé », puis disparaît.
      </p>
      {[main, conferences].map((entry) =>
        entry ? (
          <section key={entry.key} className="card" aria-labelledby={`feed-${entry.key}`}>
            <h2 id={`feed-${entry.key}`}>{entry.name}</h2>
            <p>{entry.description}</p>
            <FeedLinks entry={entry} serverUrl={serverUrl} />
          </section>
        ) : null,
      )}
      <section className="card" aria-labelledby="feeds-by-kind">
        <h2 id="feeds-by-kind">Par type d’événement</h2>
        <p>Seulement les forums, les webinaires… : un agenda par type d’événement.</p>
        {byKind.map((entry) => (
          <div key={entry.key} className="kind-feed">
            <h3>{entry.name}</h3>
            <FeedLinks entry={entry} serverUrl={serverUrl} />
          </div>
        ))}
      </section>
      <section className="card" aria-labelledby="refresh">
        <h2 id="refresh">Quand les changements apparaissent-ils ?</h2>
        <p>
          Votre agenda vient relire le nôtre à son propre rythme : nous lui demandons de le faire
          toutes les heures, mais chaque application décide.
        </p>
        <dl className="refresh">
          <dt>Apple Calendrier (iPhone, iPad, Mac)</dt>
          <dd>
            Au rythme choisi dans les réglages de l’abonnement (« Actualiser » : de toutes les 5
            minutes à chaque semaine) ; en général dans l’heure.
          </dd>
          <dt>Outlook pour Windows ou Mac</dt>
          <dd>
            Au démarrage, puis toutes les une à trois heures environ. Le lien « Apple Calendrier »
            (webcal) l’ouvre aussi ; sinon, dans Outlook : Ajouter un calendrier › À partir
            d’Internet, et collez l’adresse copiée.
          </dd>
          <dt>Outlook.com et Microsoft 365 sur le web</dt>
          <dd>Environ toutes les trois heures ; parfois plus d’une journée.</dd>
          <dt>Google Agenda</dt>
          <dd>
            Jusqu’à 24 heures, parfois davantage, et aucun bouton ne permet de presser Google. Pour
            un changement de dernière minute, la page de l’événement fait foi.
          </dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="members">
        <h2 id="members">Agenda personnel des membres</h2>
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
            const links = calendarLinks({ event, baseUrl: serverUrl })
            return (
              <li key={event.uid} id={`${collection}-${id}`}>
                <p className="when">
                  <time dateTime={event.start}>{eventWhen(event)}</time>
                </p>
                <p className={event.status === 'confirmed' ? 'what' : 'what status'}>
                  <a href={event.url}>{event.title}</a>
                </p>
                {event.location ? <p className="where">{event.location}</p> : null}
                <p className="small add">
                  Ajouter à mon agenda : <a href={links.google}>Google</a> ·{' '}
                  <a href={links.outlook}>Outlook.com</a> · <a href={links.ics}>fichier .ics</a>
                </p>
              </li>
            )
          })}
        </ul>
      )}
    </main>
  )
}
