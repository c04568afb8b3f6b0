import Link from 'next/link'

import { Title } from '../../../emails/_components/RichText'
import type { EventPageView } from '@/domain/site/eventPage'
import { jsonLdText } from '@/domain/site/eventJsonLd'
import { RichBlocks } from './RichBlocks'

const hasContent = (content: EventPageView['description']) =>
  content.blocks.length > 0 || content.footnotes.length > 0

function Venue({ venue }: { venue: NonNullable<EventPageView['venue']> }) {
  if (venue.isOnline)
    return (
      <>
        {venue.name}
        {venue.onlineUrl && (
          <>
            {' '}
            (<a href={venue.onlineUrl}>lien de connexion</a>)
          </>
        )}
      </>
    )
  return (
    <>
      {venue.name}
      {venue.lines.map((line) => (
        <span key={line} className="line">
          , {line}
        </span>
      ))}
      {venue.mapUrl && (
        <>
          {' '}
          (<a href={venue.mapUrl}>voir sur la carte</a>)
        </>
      )}
    </>
  )
}

/**
 * One published event (/agenda/<slug>, /conferences/<slug>): a cancelled or postponed event says so
 * first; then when and where, registration and « Ajouter à mon agenda », the description,
 * programme, sessions and speakers, practical information and whom to ask. The schema.org JSON-LD
 * goes with it.
 */
export function EventPage({ view }: { view: EventPageView }) {
  const listPath = '/agenda'
  return (
    <main className="page event-page">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdText(view.jsonLd) }}
      />
      <nav className="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <Link href="/">Accueil</Link>
          </li>
          <li>
            <Link href={listPath}>Agenda</Link>
          </li>
          <li>
            <Link href={view.path} aria-current="page">
              {view.kindLabel}
            </Link>
          </li>
        </ol>
      </nav>
      <article>
        <header>
          <p className="entry-kind">{view.kindLabel}</p>
          <h1>
            <Title segments={view.titleSegments} />
          </h1>
          {view.statusNotice && <p className="notice">{view.statusNotice}</p>}
          <dl className="event-facts">
            <dt>Quand</dt>
            <dd>
              <time dateTime={view.day}>{view.when}</time>
              {view.isPast && ' (événement passé)'}
            </dd>
            <dt>Où</dt>
            <dd>{view.venue ? <Venue venue={view.venue} /> : 'Lieu à confirmer'}</dd>
          </dl>
          {view.summary && <p className="lead">{view.summary}</p>}
          <div className="event-actions">
            {view.registrationUrl && (
              <a className="button button-primary" href={view.registrationUrl}>
                S’inscrire
              </a>
            )}
          </div>
          {!view.isPast && (
            <section className="add-to-calendar panel" aria-labelledby="ajouter-agenda">
              <h2 id="ajouter-agenda">Ajouter à mon agenda</h2>
              <ul>
                <li>
                  <a className="button" href={view.calendar.google}>
                    Google Agenda
                  </a>
                </li>
                <li>
                  <a className="button" href={view.calendar.outlook}>
                    Outlook
                  </a>
                </li>
                <li>
                  <a className="button" href={view.calendar.ics} download>
                    Fichier .ics (Apple, Outlook, Thunderbird)
                  </a>
                </li>
              </ul>
            </section>
          )}
        </header>

        {hasContent(view.description) && (
          <section aria-labelledby="presentation">
            <h2 id="presentation">Présentation</h2>
            <RichBlocks content={view.description} />
          </section>
        )}
        {view.programme.length > 0 && (
          <section aria-labelledby="programme">
            <h2 id="programme">Au programme</h2>
            <ul>
              {view.programme.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ul>
          </section>
        )}
        {view.sessions.length > 0 && (
          <section aria-labelledby="sessions">
            <h2 id="sessions">Sessions</h2>
            <table className="sessions">
              <thead>
                <tr>
                  <th scope="col">Jour</th>
                  <th scope="col">Heure</th>
                  <th scope="col">Session</th>
                  <th scope="col">Lieu</th>
                </tr>
              </thead>
              <tbody>
                {view.sessions.map((session) => (
                  <tr key={`${session.date}-${session.time}-${session.title}`}>
                    <td>{session.date}</td>
                    <td>{session.time}</td>
                    <td>{session.title}</td>
                    <td>{session.venueName ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
        {view.speakers.length > 0 && (
          <section aria-labelledby="intervenants">
            <h2 id="intervenants">Intervenants</h2>
            <ul>
              {view.speakers.map((speaker) => (
                <li key={speaker.name}>
                  <strong>{speaker.name}</strong>
                  {speaker.role && `, ${speaker.role}`}
                </li>
              ))}
            </ul>
          </section>
        )}
        {(hasContent(view.practicalInfo) || view.coOrganisers.length > 0) && (
          <section aria-labelledby="infos-pratiques">
            <h2 id="infos-pratiques">Infos pratiques</h2>
            <RichBlocks content={view.practicalInfo} />
            {view.coOrganisers.length > 0 && (
              <p>
                Co-organisé avec{' '}
                {view.coOrganisers.map((organiser, index) => (
                  <span key={organiser.name}>
                    {index > 0 && (index === view.coOrganisers.length - 1 ? ' et ' : ', ')}
                    {organiser.url ? <a href={organiser.url}>{organiser.name}</a> : organiser.name}
                  </span>
                ))}
                .
              </p>
            )}
          </section>
        )}
        {view.contacts.length > 0 && (
          <section aria-labelledby="contacts">
            <h2 id="contacts">Infos auprès de</h2>
            <ul className="contacts">
              {view.contacts.map((contact) => (
                <li key={contact.name}>
                  <strong>{contact.name}</strong>
                  {contact.detail && `, ${contact.detail}`}
                  {contact.email && (
                    <>
                      {' – '}
                      <a href={`mailto:${contact.email}`}>{contact.email}</a>
                    </>
                  )}
                  {contact.phones.map((phone) => (
                    <span key={phone.text}>
                      {' – '}
                      {phone.href ? <a href={phone.href}>{phone.text}</a> : phone.text}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
      <p>
        <Link href={listPath}>← Tout l’agenda</Link>
      </p>
    </main>
  )
}
