import { escapeHtml } from '@/domain/newsletter/personalize'
import type { StoredEmail } from './outbox'

const page = (title: string, body: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1f2933;background:#f5f7f8}
header{background:#004f71;color:#fff;padding:16px 24px}header h1{margin:0;font-size:22px}header p{margin:4px 0 0;font-size:14px}
main{padding:16px 24px;max-width:1100px}table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;padding:8px;border-bottom:1px solid #d5dbe0;font-size:14px;vertical-align:top;overflow-wrap:anywhere}
th{background:#eef1f3}a{color:#004f71}.empty{padding:24px;background:#fff}
iframe{width:100%;height:75vh;border:1px solid #d5dbe0;background:#fff}pre{white-space:pre-wrap;background:#fff;padding:16px;border:1px solid #d5dbe0}
</style></head><body><header><h1>Boîte d’envoi locale</h1><p>Serveur compatible Resend : les courriels ci-dessous n’ont pas quitté cette machine.</p></header><main>${body}</main></body></html>`

/** The developer's outbox: every accepted mail, newest first. */
export function outboxListPage(emails: StoredEmail[]): string {
  if (emails.length === 0)
    return page(
      'Boîte d’envoi locale',
      '<p class="empty">Aucun courriel envoyé pour l’instant.</p>',
    )
  const rows = [...emails]
    .reverse()
    .map(
      (
        email,
      ) => `<tr><td>${escapeHtml(new Date(email.created_at).toLocaleString('fr-BE', { timeZone: 'Europe/Brussels' }))}</td>
<td>${escapeHtml(email.to.join(', '))}</td><td>${escapeHtml(email.subject)}</td><td>${escapeHtml(email.from)}</td>
<td><a href="/outbox/${email.id}">ouvrir</a>${email.html ? ` · <a href="/outbox/${email.id}/html">HTML</a>` : ''}${email.text ? ` · <a href="/outbox/${email.id}/text">texte</a>` : ''}</td></tr>`,
    )
    .join('\n')
  return page(
    'Boîte d’envoi locale',
    `<p>${emails.length} courriel(s).</p><table><thead><tr><th>Envoyé le</th><th>Destinataires</th><th>Objet</th><th>Expéditeur</th><th></th></tr></thead><tbody>${rows}</tbody></table>`,
  )
}

/** One mail: headers, the HTML part in a sandboxed frame, the text part. */
export function outboxEmailPage(email: StoredEmail): string {
  const headers = Object.entries(email.headers ?? {})
    .map(([name, value]) => `<tr><th>${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join('')
  return page(
    email.subject,
    `<p><a href="/">← Boîte d’envoi</a></p>
<table><tr><th>Objet</th><td>${escapeHtml(email.subject)}</td></tr><tr><th>De</th><td>${escapeHtml(email.from)}</td></tr>
<tr><th>À</th><td>${escapeHtml(email.to.join(', '))}</td></tr>${headers}</table>
${email.html ? `<h2>HTML</h2><iframe sandbox src="/outbox/${email.id}/html" title="Version HTML"></iframe>` : ''}
${email.text ? `<h2>Texte</h2><pre>${escapeHtml(email.text)}</pre>` : ''}`,
  )
}
