import { escapeHtml } from '../newsletter/personalize'

/** The frame of every mail sent to one subscriber (confirmation, erasure): plain, with UNIPSO's address. */
export const wrap = (
  body: string,
) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#1f2933;line-height:1.5;max-width:600px;margin:0 auto;padding:16px">${body}
<p style="color:#4a5560;font-size:13px">UNIPSO ASBL · Square Arthur Masson 1/7, 5000 Namur</p></body></html>`

/** The double opt-in mail: the subscription counts only once this link is followed. */
export function confirmationEmail({
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
    'Vous avez demandé à recevoir l’#ActUNIPSO, la lettre d’information mensuelle de l’UNIPSO.',
    `Confirmez votre inscription : ${confirmUrl}`,
    '',
    'Si vous n’avez rien demandé, ignorez ce message : vous ne recevrez rien.',
  ].join('\n')
  const html =
    wrap(`<p>${escapeHtml(hello)}</p><p>Vous avez demandé à recevoir l’#ActUNIPSO, la lettre d’information mensuelle de l’UNIPSO.</p>
<p><a href="${escapeHtml(confirmUrl)}" style="display:inline-block;padding:10px 16px;background:#004f71;color:#ffffff;text-decoration:none;border-radius:4px">Confirmer mon inscription</a></p>
<p>Si vous n’avez rien demandé, ignorez ce message : vous ne recevrez rien.</p>`)
  return { subject: 'Confirmez votre inscription à l’#ActUNIPSO', html, text }
}
