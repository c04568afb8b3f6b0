import { Fragment } from 'react'

import { Runs, Title } from '../../../emails/_components/RichText'
import type { RichContent } from '@/domain/newsletter/richText'
import type { EventView, IssueView } from '@/domain/newsletter/types'

function Rich({ content }: { content: RichContent }) {
  return (
    <>
      {content.blocks.map((block, index) =>
        block.kind === 'paragraph' ? (
          <p key={index}>
            <Runs runs={block.runs} linkStyle={{}} />
          </p>
        ) : (
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                <Runs runs={item} linkStyle={{}} />
              </li>
            ))}
          </ul>
        ),
      )}
      {content.footnotes.length > 0 && (
        <ol className="footnotes">
          {content.footnotes.map((note) => (
            <li key={note.number} value={note.number}>
              {note.note} {note.url && note.url !== note.note && <a href={note.url}>{note.url}</a>}
            </li>
          ))}
        </ol>
      )}
    </>
  )
}

function Event({ event }: { event: EventView }) {
  const { practical } = event
  return (
    <article id={event.anchor} className="item">
      <h3>
        <span className="label">{event.dateLabel}</span> |{' '}
        {event.statusLabel && <span className="status">{event.statusLabel} – </span>}
        <Title segments={event.titleSegments} />
      </h3>
      <Rich content={event.description} />
      {event.programme.length > 0 && (
        <>
          <h4>Au programme</h4>
          <ul>
            {event.programme.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        </>
      )}
      <h4>Infos pratiques</h4>
      <ul>
        <li>
          {practical.date}
          {practical.time ? `, ${practical.time.toLowerCase()}` : ''}
        </li>
        {practical.venueName && (
          <li>
            {practical.venueUrl ? (
              <a href={practical.venueUrl}>{practical.venueName}</a>
            ) : (
              practical.venueName
            )}
            {practical.venueLines.map((line) => (
              <Fragment key={line}>
                <br />
                {line}
              </Fragment>
            ))}
          </li>
        )}
        {practical.contacts && <li>{practical.contacts}</li>}
        {practical.registrationUrl && (
          <li>
            <a href={practical.registrationUrl}>S’inscrire</a>
          </li>
        )}
      </ul>
      <p className="small">
        Ajouter à mon agenda : <a href={event.calendar.google}>Google Agenda</a> ·{' '}
        <a href={event.calendar.outlook}>Outlook</a> · <a href={event.calendar.ics}>Fichier .ics</a>
      </p>
      {event.signature && <p className="signature">| {event.signature}</p>}
    </article>
  )
}

/** A sent issue as a web page, from the same view model as the email. */
export function IssueWebView({ view }: { view: IssueView }) {
  return (
    <main className="issue">
      <header className="masthead">
        <p className="brand">#ActUNIPSO</p>
        <p>
          {view.footer.tagline} · {view.monthLabel} · n° {view.number}
        </p>
      </header>
      <nav aria-labelledby="sommaire">
        <h2 id="sommaire">Au sommaire de l’#ActUNIPSO</h2>
        <ul className="toc">
          {view.toc.articles.map((entry) => (
            <li key={entry.anchor}>
              <a href={`#${entry.anchor}`}>
                <span className="label">{entry.label}</span> <Title segments={entry.title} />
              </a>
            </li>
          ))}
          {view.toc.agenda.map((entry) => (
            <li key={entry.anchor}>
              <a href={`#${entry.anchor}`}>
                <span className="label">{entry.label}</span> <Title segments={entry.title} />
              </a>
            </li>
          ))}
          {view.toc.hasInstances && (
            <li>
              <a href="#instances">
                <span className="label">Instances</span>
              </a>
            </li>
          )}
          {view.toc.hasWorkingGroups && (
            <li>
              <a href="#groupes-de-travail">
                <span className="label">Groupes de travail</span>
              </a>
            </li>
          )}
        </ul>
      </nav>
      {view.articles.length > 0 && <h2>Dossiers et projets</h2>}
      {view.articles.map((article) => (
        <article key={article.anchor} id={article.anchor} className="item">
          <h3>
            <span className="label">{article.rubric}</span> | <Title segments={article.title} />
          </h3>
          <Rich content={article.content} />
          <p className="signature">| {article.signature}</p>
        </article>
      ))}
      {view.agenda.length > 0 && <h2>Agenda</h2>}
      {view.agenda.map((event) => (
        <Event key={event.anchor} event={event} />
      ))}
      {view.instances.length > 0 && (
        <section id="instances">
          <h2>Instances</h2>
          <ul>
            {view.instances.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      {view.workingGroups.length > 0 && (
        <section id="groupes-de-travail">
          <h2>Groupes de travail</h2>
          <ul>
            {view.workingGroups.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      <footer className="small">
        {view.footer.tagline} • Rédacteurs : {view.footer.editors}
        {view.footer.feedbackEmail && (
          <>
            {' '}
            • Des remarques/suggestions ? N’hésitez pas à les envoyer à{' '}
            <a href={`mailto:${view.footer.feedbackEmail}`}>{view.footer.feedbackEmail}</a>
            {view.footer.feedbackPhone ? ` - ${view.footer.feedbackPhone}` : ''}.
          </>
        )}
      </footer>
    </main>
  )
}
