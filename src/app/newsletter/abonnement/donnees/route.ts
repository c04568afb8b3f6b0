import config from '@payload-config'
import { getPayload } from 'payload'

import { accountData } from '@/server/subscribers/account'
import { invalidAccountPage } from '@/server/subscribers/accountPages'

export const dynamic = 'force-dynamic'

/**
 * /newsletter/abonnement/donnees?token=…: the subscriber's data as a JSON file, the same as the
 * staff export. A GET is fine: it changes nothing. Never cached, never indexed.
 */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token')
  const data = await accountData({ payload: await getPayload({ config }), token })
  if (!data) return invalidAccountPage()
  const body = `${JSON.stringify(data, null, 2)}\n`
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="mes-donnees-actunipso.json"',
      'content-length': String(Buffer.byteLength(body, 'utf8')),
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex',
    },
  })
}

export const HEAD = GET
