/** The admin home (server component): what needs communication staff, the next issue, the next 30 days, sends and subscribers. */
import type { Payload } from 'payload'

import { hasCommunicationRole } from '@/domain/content/roles'
import { ISSUE_STATUSES, labelOf } from '@/domain/content/options'
import { formatShortDay, formatShortDayTime } from '@/domain/dates/brussels'
import type { BroadcastAlert } from '@/domain/dashboard/broadcastAlerts'
import type { SubscriberMonth } from '@/domain/dashboard/subscriberHistory'
import { shortMonthLabel } from '@/domain/dashboard/subscriberHistory'
import { axisTicks } from '@/domain/dashboard/axisTicks'
import { toPlainTitle } from '@/domain/content/inlineItalics'
import type { DashboardData, DashboardSend } from '@/server/dashboard/loadDashboard'
import { loadDashboard } from '@/server/dashboard/loadDashboard'
import { DashboardActionButton } from './DashboardActionButton'
import { DraftNextIssueButton } from './DraftNextIssueButton'
import { ItalicTitle } from './ItalicTitle'

/** One « À faire » line for communication staff: what stopped or waits, why, and what they can do. */
function AlertItem({ alert }: { alert: BroadcastAlert }) {
  const actions = { display: 'block', marginTop: 4 } as const
  if (alert.kind === 'late')
    return (
      <li>
        <strong>À confirmer :</strong>{' '}
        <a href={`/admin/collections/issues/${alert.issueId}`}>
          <ItalicTitle text={alert.subject} />
        </a>{' '}
        devait partir {formatShortDayTime(alert.scheduledAt)} ; le serveur était arrêté, il n’a pas
        été envoyé.
        <span style={actions}>
          <DashboardActionButton
            url={`/api/issues/${alert.issueId}/confirm-late-send`}
            label="Envoyer maintenant"
            question="Envoyer ce numéro maintenant à tous les abonnés ?"
          />
          <a href={`/admin/collections/issues/${alert.issueId}`}>Reprogrammer</a>
        </span>
      </li>
    )
  const sendLink = <a href={`/admin/collections/sends/${alert.sendId}`}>{alert.label}</a>
  if (alert.kind === 'failed')
    return (
      <li>
        <strong>Envoi en échec :</strong> {sendLink} — {alert.reason}
      </li>
    )
  return (
    <li>
      <strong>Envoi en pause :</strong> {sendLink} — {alert.reason}
      <span style={actions}>
        <DashboardActionButton
          url={`/api/sends/${alert.sendId}/resume`}
          label="Reprendre l’envoi"
          question="Reprendre cet envoi ? Les arrêts de sécurité seront désactivés pour la suite."
        />
        <DashboardActionButton
          url={`/api/sends/${alert.sendId}/cancel`}
          label="Annuler l’envoi"
          question="Annuler définitivement cet envoi ? Les abonnés qui ne l’ont pas encore reçu ne le recevront pas."
        />
      </span>
    </li>
  )
}

const KIND_LABELS = { agenda: 'Agenda', conference: 'Conférence', meeting: 'Réunion' } as const
const card = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: 16,
  minWidth: 0,
} as const
const SERIES = [
  { key: 'delivered', label: 'Distribués', color: '#2e7d32' },
  { key: 'sent', label: 'Envoyés (sans accusé)', color: '#1565c0' },
  { key: 'bounced', label: 'Rejetés', color: '#ef6c00' },
  { key: 'complained', label: 'Plaintes', color: '#ad1457' },
  { key: 'failed', label: 'En échec', color: '#b71c1c' },
  { key: 'queued', label: 'En attente', color: '#9e9e9e' },
] as const

function SubscriberChart({ months }: { months: SubscriberMonth[] }) {
  const width = 560
  const height = 190
  const top = 10
  const bottom = 30
  const left = 40
  const ticks = axisTicks({
    max: Math.max(0, ...months.map((month) => Math.max(month.active, month.unsubscribed))),
  })
  const max = ticks[ticks.length - 1] ?? 1
  const x = (index: number) =>
    left + 10 + (index * (width - left - 30)) / Math.max(1, months.length - 1)
  const y = (value: number) => top + (1 - value / max) * (height - top - bottom)
  const line = (key: 'active' | 'unsubscribed') =>
    months.map((month, index) => `${x(index).toFixed(1)},${y(month[key]).toFixed(1)}`).join(' ')
  return (
    <svg
      role="img"
      aria-label="Abonnés actifs et désinscrits, fin de chaque mois"
      viewBox={`0 0 ${width} ${height}`}
      style={{ width: '100%', height: 'auto' }}
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={left}
            x2={width - 10}
            y1={y(tick)}
            y2={y(tick)}
            stroke="currentColor"
            strokeOpacity={tick === 0 ? 0.4 : 0.12}
          />
          <text x={left - 6} y={y(tick) + 4} fontSize={11} textAnchor="end" fill="currentColor">
            {tick}
          </text>
        </g>
      ))}
      <polyline points={line('active')} fill="none" stroke="#1565c0" strokeWidth={2.5} />
      <polyline
        points={line('unsubscribed')}
        fill="none"
        stroke="#6b6b6b"
        strokeWidth={2}
        strokeDasharray="5 4"
      />
      {months.map((month, index) => (
        <text
          key={month.month}
          x={x(index)}
          y={height - 10}
          fontSize={10}
          textAnchor="middle"
          fill="currentColor"
        >
          {shortMonthLabel(month.month)}
        </text>
      ))}
    </svg>
  )
}

/** One bar per send, its label on a line of its own above it (never cut), counts as tooltips. */
function DeliveriesChart({ sends }: { sends: DashboardSend[] }) {
  const width = 560
  const barHeight = 18
  const row = barHeight + 26
  const height = sends.length * row + 4
  const max = Math.max(
    1,
    ...sends.map((send) => Object.values(send.counts).reduce((sum, value) => sum + value, 0)),
  )
  return (
    <svg
      role="img"
      aria-label="Distributions par envoi"
      viewBox={`0 0 ${width} ${height}`}
      style={{ width: '100%', height: 'auto' }}
    >
      {sends.map((send, index) => {
        let offset = 0
        return (
          <g key={send.id} transform={`translate(0, ${index * row})`}>
            <text x={0} y={14} fontSize={12} fill="currentColor">
              {toPlainTitle(send.label)}
            </text>
            {SERIES.map(({ key, color, label }) => {
              const value = send.counts[key]
              const barWidth = (value / max) * width
              const rect = (
                <rect key={key} x={offset} y={20} width={barWidth} height={barHeight} fill={color}>
                  <title>{`${label} : ${value}`}</title>
                </rect>
              )
              offset += barWidth
              return rect
            })}
          </g>
        )
      })}
    </svg>
  )
}

function Legend() {
  return (
    <p style={{ display: 'flex', flexWrap: 'wrap', gap: 12, fontSize: 12, margin: '8px 0 0' }}>
      {SERIES.map(({ key, label, color }) => (
        <span key={key}>
          <span
            aria-hidden
            style={{
              display: 'inline-block',
              width: 10,
              height: 10,
              background: color,
              marginRight: 4,
            }}
          />
          {label}
        </span>
      ))}
    </p>
  )
}

function Broadcast({ broadcast }: { broadcast: NonNullable<DashboardData['broadcast']> }) {
  return (
    <>
      <section style={card} aria-labelledby="dashboard-sends">
        <h3 id="dashboard-sends" style={{ marginTop: 0 }}>
          Derniers envois
        </h3>
        {broadcast.sends.length === 0 ? (
          <p>Aucun envoi pour l’instant.</p>
        ) : (
          <>
            <DeliveriesChart sends={broadcast.sends} />
            <Legend />
            <table
              style={{ width: '100%', marginTop: 12, fontSize: 13, borderCollapse: 'collapse' }}
            >
              <thead>
                <tr>
                  <th style={{ textAlign: 'left' }}>Envoi</th>
                  <th style={{ textAlign: 'right' }}>Destinataires</th>
                  <th style={{ textAlign: 'right' }}>Distribués</th>
                  <th style={{ textAlign: 'right' }}>Rejetés</th>
                  <th style={{ textAlign: 'right' }}>Échecs</th>
                </tr>
              </thead>
              <tbody>
                {[...broadcast.sends].reverse().map((send) => (
                  <tr key={send.id}>
                    <td>
                      <a href={`/admin/collections/sends/${send.id}`}>
                        <ItalicTitle text={send.label} />
                      </a>
                    </td>
                    <td style={{ textAlign: 'right' }}>
                      {Object.values(send.counts).reduce((sum, value) => sum + value, 0)}
                    </td>
                    <td style={{ textAlign: 'right' }}>{send.counts.delivered}</td>
                    <td style={{ textAlign: 'right' }}>
                      {send.counts.bounced + send.counts.complained}
                    </td>
                    <td style={{ textAlign: 'right' }}>{send.counts.failed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
      <section style={card} aria-labelledby="dashboard-subscribers">
        <h3 id="dashboard-subscribers" style={{ marginTop: 0 }}>
          Abonnés : {broadcast.activeNow} actifs
          {broadcast.pendingNow > 0 ? `, ${broadcast.pendingNow} en attente de confirmation` : ''}
        </h3>
        <SubscriberChart months={broadcast.subscribers} />
        <p style={{ fontSize: 12, margin: '8px 0 0' }}>
          <span style={{ color: '#1565c0' }}>━</span> actifs ·{' '}
          <span style={{ color: '#6b6b6b' }}>┅</span> désinscrits (cumul)
        </p>
      </section>
    </>
  )
}

export async function Dashboard({ payload, user }: { payload: Payload; user?: unknown }) {
  if (!user) return null
  const canSeeBroadcast = hasCommunicationRole(user as never)
  const data = await loadDashboard({ payload, user, canSeeBroadcast })
  return (
    <div
      data-testid="actunipso-dashboard"
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))',
        gap: 16,
        marginBottom: 32,
      }}
    >
      <section style={card} aria-labelledby="dashboard-next-issue">
        <h3 id="dashboard-next-issue" style={{ marginTop: 0 }}>
          Prochain numéro
        </h3>
        {data.nextIssue ? (
          <p>
            <a href={`/admin/collections/issues/${data.nextIssue.id}`}>
              <ItalicTitle text={data.nextIssue.subject} />
            </a>{' '}
            — {labelOf(ISSUE_STATUSES, data.nextIssue.status)}
            {data.nextIssue.scheduledAt
              ? `, envoi programmé ${formatShortDayTime(data.nextIssue.scheduledAt)}`
              : ''}
          </p>
        ) : (
          <>
            <p>Aucun numéro en préparation.</p>
            <DraftNextIssueButton />
          </>
        )}
        {data.tasks.length + data.alerts.length > 0 && (
          <>
            <h4>À faire</h4>
            <ul>
              {data.alerts.map((alert) => (
                <AlertItem
                  key={`${alert.kind}-${alert.kind === 'late' ? alert.issueId : alert.sendId}`}
                  alert={alert}
                />
              ))}
              {data.tasks.map((task) => (
                <li key={task.href + task.text}>
                  <a href={task.href}>{task.text}</a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section style={card} aria-labelledby="dashboard-upcoming">
        <h3 id="dashboard-upcoming" style={{ marginTop: 0 }}>
          Les 30 prochains jours
        </h3>
        {data.upcoming.length === 0 ? (
          <p>Aucun événement ni réunion.</p>
        ) : (
          <ul style={{ paddingLeft: 18, margin: 0 }}>
            {data.upcoming.map((event) => (
              <li key={`${event.collection}-${event.id}`} style={{ marginBottom: 4 }}>
                {event.isAllDay
                  ? formatShortDay(event.startsAt)
                  : formatShortDayTime(event.startsAt)}{' '}
                · {KIND_LABELS[event.kind]} ·{' '}
                <a href={`/admin/collections/${event.collection}/${event.id}`}>
                  <ItalicTitle text={event.title} />
                </a>
                {event.status === 'cancelled' ? ' (annulé)' : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      {data.broadcast && <Broadcast broadcast={data.broadcast} />}
    </div>
  )
}
