import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import { cache } from 'react'

import config from '@payload-config'
import { EventPage } from '@/components/web/EventPage'
import { eventMetadata } from '@/components/web/eventMetadata'
import { eventPageView } from '@/server/site/publicEvents'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ slug: string }> }

// One read per request for the metadata and the page.
const load = cache(async (slug: string) =>
  eventPageView({ payload: await getPayload({ config }), collection: 'conferences', slug }),
)

export async function generateMetadata({ params }: Args): Promise<Metadata> {
  const view = await load((await params).slug)
  return view ? eventMetadata(view) : { title: 'Événement introuvable' }
}

/** /conferences/<slug>: a published conference; anything else is the French 404. */
export default async function ConferencePage({ params }: Args) {
  const view = await load((await params).slug)
  if (!view) notFound()
  return <EventPage view={view} />
}
