import { escapeHtml } from '@/domain/newsletter/personalize'

/** A small French page for route handlers that answer with HTML (confirmation, unsubscription). */
export function simplePage({
  title,
  body,
  status = 200,
}: {
  title: string
  body: string
  status?: number
}): Response {
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · #ActUNIPSO</title>
<style>body{font-family:Arial,Helvetica,sans-serif;color:#1f2933;margin:0;line-height:1.5}header{background:#004f71;color:#fff;padding:16px 20px;font-size:24px;font-weight:700}
main{max-width:640px;margin:0 auto;padding:20px}button,.button{padding:10px 16px;border:1px solid #004f71;border-radius:4px;background:#004f71;color:#fff;font-size:16px;cursor:pointer}
textarea{width:100%;box-sizing:border-box;min-height:80px;font:inherit}a{color:#004f71}</style></head>
<body><header>#ActUNIPSO</header><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`
  return new Response(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    },
  })
}
