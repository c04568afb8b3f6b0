import { escapeHtml } from '../newsletter/personalize'
import { subscribeLinks } from './subscribeLinks'

/**
 * The mail that gives a member their personal feed URL (HTML and text). The URL, one long word in
 * monospace, may break anywhere: on a 375 px phone it would otherwise widen the whole mail.
 */
export function memberLinkEmail({
  name,
  feedUrl,
  pageUrl,
}: {
  name: string
  feedUrl: string
  pageUrl: string
}) {
  const { webcal, google } = subscribeLinks({ feedUrl, name: 'Agenda UNIPSO' })
  const text = [
    `Bonjour ${name},`,
    '',
    'Voici votre agenda personnel de l’UNIPSO : l’agenda public, les instances (Bureau, CA, AG) et les réunions de vos groupes de travail.',
    '',
    `Apple Calendrier, Outlook : ${webcal}`,
    `Google Agenda : ${google}`,
    `Adresse à copier : ${feedUrl}`,
    '',
    `Ce lien est personnel : ne le partagez pas. Plus d’informations : ${pageUrl}`,
    '',
    'L’équipe communication de l’UNIPSO',
  ].join('\n')
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;color:#1f2933;line-height:1.5;max-width:600px"><p>Bonjour ${escapeHtml(name)},</p>
<p>Voici votre agenda personnel de l’UNIPSO : l’agenda public, les instances (Bureau, CA, AG) et les réunions de vos groupes de travail.</p>
<p><a href="${escapeHtml(webcal)}" style="color:#004f71">Ajouter à Apple Calendrier ou Outlook</a> · <a href="${escapeHtml(google)}" style="color:#004f71">Ajouter à Google Agenda</a></p>
<p>Adresse à copier :<br><code style="font-family:Menlo,Consolas,monospace;font-size:13px;word-break:break-all;overflow-wrap:anywhere">${escapeHtml(feedUrl)}</code></p>
<p>Ce lien est personnel : ne le partagez pas. <a href="${escapeHtml(pageUrl)}" style="color:#004f71">Plus d’informations</a></p>
<p>L’équipe communication de l’UNIPSO</p></body></html>`
  return { subject: 'Votre agenda personnel de l’UNIPSO', html, text }
}
