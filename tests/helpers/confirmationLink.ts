import type { Payload } from 'payload'

/**
 * The confirmation link of the newest mail queued for an address (the `outgoing-mails` row, as
 * the drain will send it), and its token. Null when no confirmation mail is queued for it.
 */
export async function queuedConfirmationLink(
  payload: Payload,
  email: string,
): Promise<{ url: string; token: string } | null> {
  const row = (
    await payload.find({
      collection: 'outgoing-mails',
      where: { to: { equals: email }, kind: { equals: 'subscription-confirmation' } },
      sort: '-id',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  const text = (row?.message as { text?: string } | undefined)?.text ?? ''
  const url = /(http\S+\/newsletter\/confirmer\?token=\S+)/.exec(text)?.[1]
  if (!url) return null
  return { url, token: new URL(url).searchParams.get('token') as string }
}
