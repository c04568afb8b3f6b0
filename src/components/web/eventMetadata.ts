import type { Metadata } from 'next'

import type { EventPageView } from '@/domain/site/eventPage'

/** An event page's <title>, description, canonical address and OpenGraph tags. */
export function eventMetadata(view: EventPageView): Metadata {
  const { title, description, url } = view.openGraph
  return {
    title: `${title} – Agenda de l’UNIPSO`,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: 'website',
      title,
      description,
      url,
      siteName: '#ActUNIPSO – UNIPSO',
      locale: 'fr_BE',
    },
  }
}
