import type { Metadata } from 'next'
import Link from 'next/link'
import { getPayload } from 'payload'

import config from '@payload-config'
import { Title } from '../../../emails/_components/RichText'
import { EventList } from '@/components/web/EventList'
import { SubscribeForm } from '@/components/web/SubscribeForm'
import { readEnv } from '@/config/env'
import { toAgendaEntry } from '@/domain/site/agenda'
import { latestIssue } from '@/server/site/latestIssue'
import { upcomingEvents } from '@/server/site/publicEvents'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: '#ActUNIPSO – la lettre d’information et l’agenda de l’UNIPSO',
  description:
    'Chaque mois, l’actualité de l’UNIPSO et du secteur à profit social : le dernier numéro, les prochains événements, l’inscription à la lettre.',
  alternates: { canonical: '/' },
}

/** How many upcoming events the home page shows; /agenda has them all. */
const NEXT_EVENTS = 5

/** /: the latest sent issue and its contents, the next public events, the sign-up form. */
export default async function HomePage() {
  const payload = await getPayload({ config })
  const { serverUrl } = readEnv()
  const [issue, events] = await Promise.all([
    latestIssue(payload),
    upcomingEvents({ payload, now: new Date(), limit: NEXT_EVENTS }),
  ])
  const entries = events.map((event) => toAgendaEntry({ event, baseUrl: serverUrl }))
  return (
    <main className="page home">
      <h1>L’actualité de l’UNIPSO et du secteur à profit social</h1>
      <p className="lead">
        L’#ActUNIPSO, la lettre d’information mensuelle de l’UNIPSO : dossiers et projets, agenda,
        instances et groupes de travail.
      </p>
      <div className="home-grid">
        <div>
          <section className="panel" aria-labelledby="dernier-numero">
            <h2 id="dernier-numero">Dernier numéro</h2>
            {issue ? (
              <>
                <p>
                  <strong>
                    <Link href={issue.path}>{issue.subject}</Link>
                  </strong>
                  {!issue.subject.includes(issue.monthLabel) && ` · ${issue.monthLabel}`}
                </p>
                {issue.preheader && <p>{issue.preheader}</p>}
                {issue.groups.map((group) => (
                  <div key={group.title}>
                    <h3 className="toc-group">{group.title}</h3>
                    <ul className="issue-toc">
                      {group.entries.map((entry) => (
                        <li key={entry.href}>
                          <a href={entry.href}>
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
                  </div>
                ))}
                <p>
                  <Link href={issue.path}>Lire le numéro de {issue.monthLabel.toLowerCase()}</Link>{' '}
                  · <Link href="/actunipso">Tous les numéros</Link>
                </p>
              </>
            ) : (
              <p>
                Aucun numéro n’a encore été publié. <Link href="/actunipso">Voir les archives</Link>
              </p>
            )}
          </section>
          <section aria-labelledby="prochains-evenements">
            <h2 id="prochains-evenements">Prochains événements</h2>
            {entries.length === 0 ? (
              <p>Aucun événement à venir pour l’instant.</p>
            ) : (
              <EventList entries={entries} headingLevel={3} />
            )}
            <ul className="more-links">
              <li>
                <Link href="/agenda">Tout l’agenda</Link>
              </li>
              <li>
                <Link href="/calendriers">S’abonner aux calendriers</Link>
              </li>
              <li>
                <Link href="/actunipso">Les archives de l’#ActUNIPSO</Link>
              </li>
            </ul>
          </section>
        </div>
        <aside aria-labelledby="recevoir">
          <h2 id="recevoir">Recevoir l’#ActUNIPSO</h2>
          <p>Une lettre par mois dans votre boîte mail. Vous confirmerez par un courriel.</p>
          <SubscribeForm isCompact headingId="recevoir" />
          <p className="small">
            Vous pouvez aussi indiquer votre nom et votre organisation sur la{' '}
            <Link href="/newsletter">page d’inscription</Link>.
          </p>
        </aside>
      </div>
    </main>
  )
}
