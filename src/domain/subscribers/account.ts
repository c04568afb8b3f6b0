import { normalizeSingleLine } from '../content/inlineItalics'
import { formatLongDateTime } from '../dates/brussels'
import { escapeHtml } from '../newsletter/personalize'
import { wrap } from './subscriberEmails'
import { CONSENT_SOURCES, SUBSCRIBER_STATUSES } from './subscription'

/**
 * The subscriber's own page (/newsletter/abonnement?token=…, the newsletter's « Gérer mon
 * abonnement » link): what we hold, the names they may change, the erasure they may ask for.
 */

/** An erasure link is valid this many days. */
export const ERASURE_LINK_DAYS = 7

/** At most one erasure mail per subscriber in this many minutes (the page says the same). */
export const ERASURE_MAIL_INTERVAL_MINUTES = 15

/** The longest name or organisation kept (the form's fields say so too). */
export const PROFILE_FIELD_MAX_LENGTH = 120

export type AccountSubscriber = {
  email: string
  firstName?: string | null
  lastName?: string | null
  organisation?: string | null
  status: string
  consent?: {
    at?: string | null
    source?: string | null
    detail?: string | null
    confirmedAt?: string | null
  } | null
  unsubscribedAt?: string | null
  createdAt: string
}

/** One line of « Ce que nous conservons ». */
export type AccountLine = { label: string; value: string }

const labelOf = (list: ReadonlyArray<{ value: string; label: string }>, value: string) =>
  list.find((option) => option.value === value)?.label ?? value
const dateOrDash = (iso: string | null | undefined) => (iso ? formatLongDateTime(iso) : '—')

/**
 * What the page shows of a subscriber, in French, with Brussels dates: the same fields as the
 * data download, nothing internal (tokens stay out).
 *
 * @example accountLines({ email: 'a@x.be', status: 'active', createdAt }).find((l) => l.label === 'Statut')?.value // 'Abonné'
 */
export function accountLines(subscriber: AccountSubscriber): AccountLine[] {
  const consent = subscriber.consent ?? {}
  return [
    { label: 'Adresse', value: subscriber.email },
    { label: 'Prénom', value: subscriber.firstName || '—' },
    { label: 'Nom', value: subscriber.lastName || '—' },
    { label: 'Organisation', value: subscriber.organisation || '—' },
    { label: 'Statut', value: labelOf(SUBSCRIBER_STATUSES, subscriber.status) },
    { label: 'Inscription demandée le', value: dateOrDash(consent.at) },
    {
      label: 'Origine du consentement',
      value:
        [consent.source ? labelOf(CONSENT_SOURCES, consent.source) : null, consent.detail]
          .filter(Boolean)
          .join(' — ') || '—',
    },
    { label: 'Inscription confirmée le', value: dateOrDash(consent.confirmedAt) },
    ...(subscriber.unsubscribedAt
      ? [{ label: 'Désinscrit le', value: dateOrDash(subscriber.unsubscribedAt) }]
      : []),
    { label: 'Fiche créée le', value: dateOrDash(subscriber.createdAt) },
  ]
}

export type ProfileForm = { firstName: string; lastName: string; organisation: string }

/**
 * The names form: each field on one line, at most 120 characters, empty allowed (it clears the
 * field). Anything longer is refused with a French message rather than cut silently.
 *
 * @example parseProfileForm({ firstName: ' Anne ', lastName: 'Dupont' }) // { form: { firstName: 'Anne', lastName: 'Dupont', organisation: '' } }
 */
export function parseProfileForm(
  input: Record<string, unknown>,
): { form: ProfileForm } | { error: string } {
  const fields = { firstName: 'Prénom', lastName: 'Nom', organisation: 'Organisation' } as const
  const form: ProfileForm = { firstName: '', lastName: '', organisation: '' }
  for (const [name, label] of Object.entries(fields) as Array<[keyof ProfileForm, string]>) {
    const raw = input[name]
    const value = typeof raw === 'string' ? normalizeSingleLine(raw) : ''
    if (value.length > PROFILE_FIELD_MAX_LENGTH)
      return {
        error: `${label} : ${PROFILE_FIELD_MAX_LENGTH} caractères au plus (${value.length} reçus).`,
      }
    form[name] = value
  }
  return { form }
}

export function erasureLinkExpiry(now: Date): string {
  return new Date(now.getTime() + ERASURE_LINK_DAYS * 24 * 3600_000).toISOString()
}

export function erasureMailWindowStart(now: Date): string {
  return new Date(now.getTime() - ERASURE_MAIL_INTERVAL_MINUTES * 60_000).toISOString()
}

/**
 * The mail that confirms an erasure request: the link opens a page with one button, valid 7 days.
 * Sent to the address itself, so only its owner can erase it (the page's link may be forwarded).
 */
export function erasureEmail({
  firstName,
  confirmUrl,
}: {
  firstName?: string | null
  confirmUrl: string
}) {
  const hello = firstName ? `Bonjour ${firstName},` : 'Bonjour,'
  const text = [
    hello,
    '',
    'Vous avez demandé l’effacement de vos données d’abonné à l’#ActUNIPSO, la lettre d’information de l’UNIPSO.',
    `Confirmez l’effacement (lien valable ${ERASURE_LINK_DAYS} jours) : ${confirmUrl}`,
    '',
    'Une fois confirmé, votre adresse, vos nom et organisation et l’historique des envois disparaissent ; vous ne recevrez plus rien.',
    'Si vous n’avez rien demandé, ignorez ce message : rien ne sera effacé.',
  ].join('\n')
  const html =
    wrap(`<p>${escapeHtml(hello)}</p><p>Vous avez demandé l’effacement de vos données d’abonné à l’#ActUNIPSO, la lettre d’information de l’UNIPSO.</p>
<p><a href="${escapeHtml(confirmUrl)}" style="display:inline-block;padding:10px 16px;background:#004f71;color:#ffffff;text-decoration:none;border-radius:4px">Confirmer l’effacement</a></p>
<p>Ce lien est valable ${ERASURE_LINK_DAYS} jours. Une fois l’effacement confirmé, votre adresse, vos nom et organisation et l’historique des envois disparaissent ; vous ne recevrez plus rien.</p>
<p>Si vous n’avez rien demandé, ignorez ce message : rien ne sera effacé.</p>`)
  return { subject: 'Confirmez l’effacement de vos données (#ActUNIPSO)', html, text }
}
