import { CONFIRMATION_LINK_DAYS } from '@/domain/subscribers/confirmation'
import type { ConfirmationOutcome } from '@/domain/subscribers/confirmation'
import { escapeHtml } from '@/domain/newsletter/personalize'
import { simplePage } from '../web/simplePage'

const SUBSCRIBE_AGAIN =
  '<p><a class="button" href="/newsletter">Demander un nouveau lien</a> : remplissez à nouveau le formulaire, un nouveau courriel vous sera envoyé.</p>'

const CONFIRMED_BODY =
  '<p>Vous recevrez le prochain numéro de l’#ActUNIPSO. Merci !</p><p><a href="/actunipso">Lire les numéros précédents</a></p>'

/** The page a confirmation link opens on GET: one button, which POSTs; nothing changes until then. */
export function confirmationFormPage({ token, email }: { token: string; email: string | null }) {
  return simplePage({
    title: 'Confirmer votre inscription',
    body: `<p>Pour recevoir l’#ActUNIPSO${email ? ` à l’adresse <strong>${escapeHtml(email)}</strong>` : ''}, confirmez votre inscription.</p>
<form method="post" action="/newsletter/confirmer"><input type="hidden" name="token" value="${escapeHtml(token)}">
<button type="submit">Confirmer mon inscription</button></form>
<p>Si vous n’avez rien demandé, fermez simplement cette page : vous ne recevrez rien.</p>`,
  })
}

/** The answer for every outcome of a link (after the POST, or a GET on a spent, expired or unknown link). */
export function confirmationOutcomePage(outcome: ConfirmationOutcome): Response {
  switch (outcome) {
    case 'confirmed':
      return simplePage({ title: 'Inscription confirmée', body: CONFIRMED_BODY })
    case 'already':
      return simplePage({
        title: 'Inscription confirmée',
        body: `<p>Votre inscription est déjà confirmée.</p>${CONFIRMED_BODY}`,
      })
    case 'used':
      return simplePage({
        title: 'Lien déjà utilisé',
        status: 410,
        body: `<p>Ce lien de confirmation a déjà servi et l’adresse n’est plus inscrite.</p>${SUBSCRIBE_AGAIN}`,
      })
    case 'expired':
      return simplePage({
        title: 'Lien expiré',
        status: 410,
        body: `<p>Ce lien de confirmation n’est plus valable : il expire après ${CONFIRMATION_LINK_DAYS} jours, ou dès qu’un lien plus récent a été demandé pour la même adresse (seul le dernier courriel reçu compte).</p>${SUBSCRIBE_AGAIN}`,
      })
    case 'invalid':
      return simplePage({
        title: 'Lien non valide',
        status: 404,
        body: `<p>Ce lien de confirmation n’est pas valide. Vérifiez qu’il est complet (certains logiciels de courriel coupent les longues adresses), ou recommencez.</p>${SUBSCRIBE_AGAIN}`,
      })
  }
}
