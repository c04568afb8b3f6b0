import { Fragment } from 'react'

import { Title } from '../../../emails/_components/RichText'
import { TOC_TITLE } from '@/domain/newsletter/issueOutline'
import type { ContactView, EventView, IssueView, SectionView } from '@/domain/newsletter/types'
import { RichBlocks } from './RichBlocks'

function Contacts({ contacts }: { contacts: ContactView[] }) {
  return (
    <>
      Infos auprès de{' '}
      {contacts.map((person, index) => (
        <Fragment key={index}>
          {index > 0 ? (index === contacts.length - 1 ? ' et ' : ', ') : ''}
          {person.email ? <a href={`mailto:${person.email}`}>{person.name}</a> : person.name}
          {person.phone && (
            <>
              {' ('}
              {person.tel ? <a href={person.tel}>{person.phone}</a> : person.phone})
            </>
          )}
        </Fragment>
      ))}
    </>
  )
}

function BulletList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null
  return (
    <>
      <p className="subtitle">{title}</p>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </>
  )
}

function Event({ event }: { event: EventView }) {
  const { practical } = event
  return (
    <article className="item">
      <h3 id={event.anchor}>
        <span className="label">{event.dateLabel}</span> |{' '}
        {event.statusLabel && <span className="status">{event.statusLabel} – </span>}
        {event.calendar.page ? (
          <a href={event.calendar.page} className="title-link">
            <Title segments={event.titleSegments} />
          </a>
        ) : (
          <Title segments={event.titleSegments} />
        )}
      </h3>
      <RichBlocks content={event.description} />
      <BulletList title="Au programme :" items={event.programme} />
      <BulletList title="Intervenants :" items={event.speakers} />
      <BulletList title="Sessions :" items={event.sessions} />
      <p className="subtitle">Infos pratiques :</p>
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
        {practical.contacts.length > 0 && (
          <li>
            <Contacts contacts={practical.contacts} />
          </li>
        )}
        {practical.registrationUrl && (
          <li>
            <a href={practical.registrationUrl}>S’inscrire</a>
          </li>
        )}
      </ul>
      <RichBlocks content={event.practicalInfo} />
      <p className="subtitle">Ajouter à mon agenda :</p>
      <p className="calendar-buttons">
        <a className="button" href={event.calendar.google}>
          Google Agenda
        </a>{' '}
        <a className="button" href={event.calendar.outlook}>
          Outlook
        </a>{' '}
        <a className="button" href={event.calendar.ics}>
          Fichier .ics
        </a>
      </p>
      {event.signature && <p className="signature">| {event.signature}</p>}
    </article>
  )
}

function SectionBody({ view, section }: { view: IssueView; section: SectionView }) {
  switch (section.key) {
    case 'articles':
      return view.articles.map((article) => (
        <article key={article.anchor} className="item">
          <h3 id={article.anchor}>
            <span className="label">{article.rubric}</span> | <Title segments={article.title} />
          </h3>
          <RichBlocks content={article.content} />
          <p className="signature">| {article.signature}</p>
        </article>
      ))
    case 'agenda':
      return view.agenda.map((event) => <Event key={event.anchor} event={event} />)
    case 'instances':
    case 'workingGroups':
      return (
        <ul>
          {view[section.key].map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )
  }
}

/**
 * A sent issue as a web page, from the same view model as the email: the same <h1>, the same
 * table of contents and the same sections in the same order (view.toc, view.sections).
 */
export function IssueWebView({ view }: { view: IssueView }) {
  return (
    <div className="issue" data-issue={view.month}>
      <div className="masthead">
        <h1>
          #ActUNIPSO <span className="month">{view.monthLabel}</span>
        </h1>
      </div>
      <nav aria-labelledby="sommaire">
        <h2 id="sommaire">{TOC_TITLE}</h2>
        {view.toc.map((group) => (
          <Fragment key={group.title}>
            <h3 className="toc-group">{group.title}</h3>
            <ul className="toc">
              {group.entries.map((entry) => (
                <li key={entry.anchor}>
                  <a href={`#${entry.anchor}`}>
                    <span className="label">{entry.label}</span>
                    {entry.title.length > 0 && (
                      <>
                        {' '}
                        <Title segments={entry.title} />
                      </>
                    )}
                  </a>
                </li>
              ))}
            </ul>
          </Fragment>
        ))}
      </nav>
      {view.sections.map((section) => (
        <section key={section.key} aria-labelledby={section.anchor}>
          <h2 id={section.anchor}>{section.title}</h2>
          <SectionBody view={view} section={section} />
        </section>
      ))}
      <p className="small colophon">
        {view.footer.tagline} • Rédacteurs : {view.footer.editors}
        {view.footer.feedbackEmail && (
          <>
            {' '}
            • Des remarques/suggestions ? N’hésitez pas à les envoyer à{' '}
            <a href={`mailto:${view.footer.feedbackEmail}`}>{view.footer.feedbackEmail}</a>
            {view.footer.feedbackPhone ? ` - ${view.footer.feedbackPhone}` : ''}.
          </>
        )}
      </p>
    </div>
  )
}
