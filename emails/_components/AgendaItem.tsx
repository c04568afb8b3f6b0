import { Section, Text } from '@react-email/components'

import type { EventView } from '../../src/domain/newsletter/types'
import { styles } from '../theme'
import { RichText, Title } from './RichText'

function BulletList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null
  return (
    <>
      <Text style={styles.subTitle}>{title}</Text>
      <ul style={styles.list}>
        {items.map((item, index) => (
          <li key={index} style={styles.listItem}>
            {item}
          </li>
        ))}
      </ul>
    </>
  )
}

/** One Agenda entry: date | title, description, programme, practical information, calendar links. */
export function AgendaItem({ event }: { event: EventView }) {
  const { practical } = event
  return (
    <Section style={styles.section}>
      <Text style={styles.itemTitle}>
        <a id={event.anchor} style={{ color: 'inherit', textDecoration: 'none' }}>
          <span style={styles.label}>{event.dateLabel}</span> |{' '}
          {event.statusLabel && <span style={styles.status}>{event.statusLabel} – </span>}
          <Title segments={event.titleSegments} />
        </a>
      </Text>
      <RichText content={event.description} />
      <BulletList title="Au programme :" items={event.programme} />
      <BulletList title="Intervenants :" items={event.speakers} />
      <BulletList title="Sessions :" items={event.sessions} />
      <Text style={styles.subTitle}>Infos pratiques :</Text>
      <ul style={styles.list}>
        <li style={styles.listItem}>
          {practical.date}
          {practical.time ? `, ${practical.time.toLowerCase()}` : ''}
        </li>
        {practical.venueName && (
          <li style={styles.listItem}>
            {practical.venueUrl ? (
              <a href={practical.venueUrl} style={styles.link}>
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
        {practical.contacts && <li style={styles.listItem}>{practical.contacts}</li>}
        {practical.registrationUrl && (
          <li style={styles.listItem}>
            <a href={practical.registrationUrl} style={styles.link}>
              S’inscrire
            </a>
          </li>
        )}
      </ul>
      <RichText content={event.practicalInfo} />
      {event.coOrganisers.length > 0 && (
        <Text style={styles.small}>
          Co-organisé avec{' '}
          {event.coOrganisers.map((organiser, index) => (
            <span key={organiser.name}>
              {index > 0 ? (index === event.coOrganisers.length - 1 ? ' et ' : ', ') : ''}
              {organiser.url ? (
                <a href={organiser.url} style={styles.link}>
                  {organiser.name}
                </a>
              ) : (
                organiser.name
              )}
            </span>
          ))}
        </Text>
      )}
      <Text style={styles.small}>
        Ajouter à mon agenda :{' '}
        <a href={event.calendar.google} style={styles.link}>
          Google Agenda
        </a>{' '}
        ·{' '}
        <a href={event.calendar.outlook} style={styles.link}>
          Outlook
        </a>{' '}
        ·{' '}
        <a href={event.calendar.ics} style={styles.link}>
          Fichier .ics
        </a>
      </Text>
      {event.signature && <Text style={styles.signature}>| {event.signature}</Text>}
    </Section>
  )
}
