import { Button } from '@react-email/components'
import { Fragment } from 'react'

import type { ContactView, EventView } from '../../src/domain/newsletter/types'
import { cls, styles } from '../theme'
import { NamedAnchor } from './Anchor'
import { RichText, Title } from './RichText'

function BulletList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null
  return (
    <>
      <p style={styles.subTitle} className={cls.text}>
        {title}
      </p>
      <ul style={styles.list} className={cls.text}>
        {items.map((item, index) => (
          <li key={index} style={styles.listItem}>
            {item}
          </li>
        ))}
      </ul>
    </>
  )
}

/** « Infos auprès de A (081/…) et B »: names as mailto: links, numbers as tel: links. */
export function Contacts({ contacts }: { contacts: ContactView[] }) {
  return (
    <>
      Infos auprès de{' '}
      {contacts.map((person, index) => (
        <span key={index}>
          {index > 0 ? (index === contacts.length - 1 ? ' et ' : ', ') : ''}
          {person.email ? (
            <a href={`mailto:${person.email}`} style={styles.link} className={cls.link}>
              {person.name}
            </a>
          ) : (
            person.name
          )}
          {person.phone && (
            <>
              {' ('}
              {person.tel ? (
                <a href={person.tel} style={styles.link} className={cls.link}>
                  {person.phone}
                </a>
              ) : (
                person.phone
              )}
              )
            </>
          )}
        </span>
      ))}
    </>
  )
}

/** One Agenda entry: date | title, description, programme, practical information, calendar buttons. */
export function AgendaItem({ event }: { event: EventView }) {
  const { practical } = event
  return (
    <>
      <h3 id={event.anchor} style={styles.itemTitle} className={cls.text}>
        <NamedAnchor name={event.anchor} />
        <span style={styles.label} className={cls.link}>
          {event.dateLabel}
        </span>{' '}
        |{' '}
        {event.statusLabel && (
          <span style={styles.status} className={cls.accent}>
            {event.statusLabel} –{' '}
          </span>
        )}
        <a href={event.calendar.page} style={styles.titleLink} className={cls.text}>
          <Title segments={event.titleSegments} />
        </a>
      </h3>
      <RichText content={event.description} />
      <BulletList title="Au programme :" items={event.programme} />
      <BulletList title="Intervenants :" items={event.speakers} />
      <BulletList title="Sessions :" items={event.sessions} />
      <p style={styles.subTitle} className={cls.text}>
        Infos pratiques :
      </p>
      <ul style={styles.list} className={cls.text}>
        <li style={styles.listItem}>
          {practical.date}
          {practical.time ? `, ${practical.time.toLowerCase()}` : ''}
        </li>
        {practical.venueName && (
          <li style={styles.listItem}>
            {practical.venueUrl ? (
              <a href={practical.venueUrl} style={styles.link} className={cls.link}>
                {practical.venueName}
              </a>
            ) : (
              practical.venueName
            )}
            {practical.venueLines.map((line, index) => (
              <span key={index}>
                <br />
                {line}
              </span>
            ))}
          </li>
        )}
        {practical.contacts.length > 0 && (
          <li style={styles.listItem}>
            <Contacts contacts={practical.contacts} />
          </li>
        )}
        {practical.registrationUrl && (
          <li style={styles.listItem}>
            <a href={practical.registrationUrl} style={styles.link} className={cls.link}>
              S’inscrire
            </a>
          </li>
        )}
      </ul>
      <RichText content={event.practicalInfo} />
      <p style={styles.subTitle} className={cls.text}>
        Ajouter à mon agenda :
      </p>
      <p style={styles.buttons}>
        {[
          { href: event.calendar.google, label: 'Google Agenda' },
          { href: event.calendar.outlook, label: 'Outlook' },
          { href: event.calendar.ics, label: 'Fichier .ics' },
        ].map((button) => (
          <Fragment key={button.label}>
            <Button href={button.href} target="_self" style={styles.button} className={cls.button}>
              {button.label}
            </Button>{' '}
          </Fragment>
        ))}
      </p>
      {event.signature && (
        <p style={styles.signature} className={cls.muted}>
          | {event.signature}
        </p>
      )}
    </>
  )
}
