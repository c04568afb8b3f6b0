import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import config from '@payload-config'
import { IssueWebView } from '@/components/web/IssueWebView'
import { archivedIssueView } from '@/server/newsletter/archive'
import '../../archive.css'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ month: string }> }

export async function generateMetadata({ params }: Args): Promise<Metadata> {
  const view = await archivedIssueView(await getPayload({ config }), (await params).month)
  return view
    ? { title: view.subject, description: view.preheader }
    : { title: 'Numéro introuvable' }
}

/** /actunipso/2020-02: a sent issue, readable on the web. Unsent issues answer 404. */
export default async function ArchivedIssuePage({ params }: Args) {
  const view = await archivedIssueView(await getPayload({ config }), (await params).month)
  if (!view) notFound()
  return (
    <main>
      <IssueWebView view={view} />
    </main>
  )
}
