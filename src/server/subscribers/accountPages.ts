import type { AccountSubscriber } from '@/domain/subscribers/account'
import {
  ERASURE_LINK_DAYS,
  ERASURE_MAIL_INTERVAL_MINUTES,
  PROFILE_FIELD_MAX_LENGTH,
  accountLines,
} from '@/domain/subscribers/account'
import { escapeHtml } from '@/domain/newsletter/personalize'
import { simplePage } from '../web/simplePage'
import type { ErasureLinkState } from './account'

/** What the page says after a form sent the subscriber back to it (?fait=…). */
const NOTICES: Record<string, string> = {
  profil: 'Vos informations ont été enregistrées.',
  effacement:
    'Un courriel vient de vous être envoyé : suivez son lien pour confirmer l’effacement de vos données.',
  'effacement-deja': `Un courriel de confirmation vous a déjà été envoyé il y a moins de ${ERASURE_MAIL_INTERVAL_MINUTES} minutes : consultez votre boîte (et les indésirables).`,
}

const STYLE = `<style>
dl.held{display:grid;grid-template-columns:minmax(140px,max-content) 1fr;gap:4px 16px;margin:0 0 16px}
dl.held dt{font-weight:700}dl.held dd{margin:0;overflow-wrap:anywhere}
section{border-top:1px solid #d5dbe0;margin-top:24px;padding-top:8px}
label{display:block;margin:10px 0;font-weight:700}
input[type=text]{display:block;width:100%;box-sizing:border-box;padding:8px;margin-top:4px;font:inherit;font-weight:400;border:1px solid #6b7782;border-radius:4px}
.notice{background:#e6f2f7;border-left:4px solid #004f71;padding:8px 12px}
.error{background:#fdecea;border-left:4px solid #a4262c;padding:8px 12px}
.secondary{background:#fff;color:#004f71}
</style>`

const hidden = (token: string) => `<input type="hidden" name="token" value="${escapeHtml(token)}">`
const field = ({ name, label, value }: { name: string; label: string; value: string }) =>
  `<label for="${name}">${label}<input type="text" id="${name}" name="${name}" maxlength="${PROFILE_FIELD_MAX_LENGTH}" value="${escapeHtml(value)}" autocomplete="${name === 'firstName' ? 'given-name' : name === 'lastName' ? 'family-name' : 'organization'}"></label>`

/**
 * /newsletter/abonnement?token=…: what we hold, the names form, the download, unsubscribing and
 * erasure. Every form POSTs; the page itself changes nothing.
 */
export function accountPage({
  subscriber,
  token,
  notice,
  error,
  status = 200,
}: {
  subscriber: AccountSubscriber
  token: string
  notice?: string | null
  error?: string | null
  status?: number
}): Response {
  const lines = accountLines(subscriber)
  const query = `token=${encodeURIComponent(token)}`
  const message = notice && NOTICES[notice]
  const isActive = subscriber.status === 'active'
  return simplePage({
    title: 'Mon abonnement à l’#ActUNIPSO',
    status,
    body: `${STYLE}
${message ? `<p class="notice" role="status">${escapeHtml(message)}</p>` : ''}
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<h2>Ce que nous conservons à votre sujet</h2>
<dl class="held">${lines.map((line) => `<dt>${escapeHtml(line.label)}</dt><dd>${escapeHtml(line.value)}</dd>`).join('')}</dl>
<p>Nous gardons aussi l’historique des envois de la lettre à votre adresse (date, statut de remise), repris dans le fichier à télécharger ci-dessous.</p>
<section aria-labelledby="profile"><h2 id="profile">Modifier mes informations</h2>
<form method="post" action="/newsletter/abonnement">${hidden(token)}
${field({ name: 'firstName', label: 'Prénom', value: subscriber.firstName ?? '' })}
${field({ name: 'lastName', label: 'Nom', value: subscriber.lastName ?? '' })}
${field({ name: 'organisation', label: 'Organisation', value: subscriber.organisation ?? '' })}
<button type="submit">Enregistrer</button></form>
<p>Pour changer d’adresse, désinscrivez celle-ci puis <a href="/newsletter">inscrivez la nouvelle</a>.</p></section>
<section aria-labelledby="download"><h2 id="download">Télécharger mes données</h2>
<p>Un fichier JSON avec tout ce que nous conservons : le même que celui que l’UNIPSO vous enverrait sur demande.</p>
<p><a class="button" href="/newsletter/abonnement/donnees?${query}" download>Télécharger mes données (JSON)</a></p></section>
<section aria-labelledby="unsubscribe"><h2 id="unsubscribe">Me désinscrire</h2>
${
  isActive
    ? `<p>Vous ne recevrez plus l’#ActUNIPSO ; vos données restent, et vous pourrez vous réinscrire.</p>
<p><a href="/newsletter/desinscription?${query}">Me désinscrire</a></p>`
    : `<p>Vous ne recevez pas l’#ActUNIPSO à cette adresse. <a href="/newsletter">S’inscrire</a></p>`
}</section>
<section aria-labelledby="erase"><h2 id="erase">Effacer mes données</h2>
<p>Tout disparaît : adresse, nom, organisation, historique des envois. Seule une empreinte chiffrée de l’adresse reste, pour qu’aucun import ne vous réinscrive sans votre accord. Pour confirmer, nous vous envoyons un courriel avec un lien valable ${ERASURE_LINK_DAYS} jours.</p>
<form method="post" action="/newsletter/abonnement/effacement">${hidden(token)}
<button type="submit" class="secondary">Demander l’effacement de mes données</button></form></section>`,
  })
}

/** A link that is not (or no longer) a subscriber's: same page for unknown, malformed and erased. */
export function invalidAccountPage(): Response {
  return simplePage({
    title: 'Lien non valide',
    status: 404,
    body: '<p>Ce lien ne correspond à aucun abonnement. Vérifiez qu’il est complet (certains logiciels de courriel coupent les longues adresses) : il se trouve au bas de chaque #ActUNIPSO, « Gérer mon abonnement ».</p><p><a href="/newsletter">S’inscrire à l’#ActUNIPSO</a></p>',
  })
}

/** /newsletter/effacement?token=… on GET: one button, which POSTs; nothing changes until then. */
export function erasureFormPage({ token, email }: { token: string; email: string | null }) {
  return simplePage({
    title: 'Effacer mes données',
    body: `<p>En confirmant, les données d’abonné${email ? ` de <strong>${escapeHtml(email)}</strong>` : ''} sont effacées pour de bon : adresse, nom, organisation et historique des envois. Vous ne recevrez plus l’#ActUNIPSO.</p>
<form method="post" action="/newsletter/effacement">${hidden(token)}
<button type="submit">Effacer définitivement mes données</button></form>
<p>Vous avez changé d’avis ? Fermez simplement cette page : rien ne sera effacé.</p>`,
  })
}

/** The answer of an erasure link: after the POST, or on GET for an expired or unknown link. */
export function erasureOutcomePage(
  outcome: Exclude<ErasureLinkState, 'valid'> | 'erased',
): Response {
  switch (outcome) {
    case 'erased':
      return simplePage({
        title: 'Vos données ont été effacées',
        body: '<p>Votre adresse, vos nom et organisation et l’historique des envois ont été effacés. Vous ne recevrez plus l’#ActUNIPSO.</p><p>Vous pourrez toujours vous <a href="/newsletter">réinscrire</a> plus tard.</p>',
      })
    case 'expired':
      return simplePage({
        title: 'Lien expiré',
        status: 410,
        body: `<p>Ce lien d’effacement n’est plus valable : il expire après ${ERASURE_LINK_DAYS} jours, ou dès qu’un lien plus récent a été demandé (seul le dernier courriel reçu compte). Rien n’a été effacé.</p><p>Demandez-en un nouveau depuis le lien « Gérer mon abonnement » au bas de l’#ActUNIPSO.</p>`,
      })
    case 'invalid':
      return simplePage({
        title: 'Lien non valide',
        status: 404,
        body: '<p>Ce lien d’effacement n’est pas valide ou a déjà servi : si vous avez confirmé l’effacement, vos données ont bien été effacées. Sinon, vérifiez que le lien est complet.</p>',
      })
  }
}

/** An erasure refused for now (a send is still due to mail the person): the link stays valid. */
export function erasureRefusedPage({ message, status }: { message: string; status: number }) {
  return simplePage({
    title: 'Effacement impossible pour l’instant',
    status,
    body: `<p>${escapeHtml(message)}</p><p>Votre lien reste valable : réessayez plus tard.</p>`,
  })
}
