import type { Metadata } from 'next'
import React from 'react'

import { SiteFooter } from '@/components/web/SiteFooter'
import { SiteHeader } from '@/components/web/SiteHeader'
import { readEnv } from '@/config/env'
import './archive.css'
import './site.css'

// Every page reads SERVER_URL (absolute OpenGraph and feed addresses) at run time, not at build.
export const dynamic = 'force-dynamic'

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(readEnv().serverUrl),
    title: '#ActUNIPSO',
    description: 'La lettre d’information mensuelle de l’UNIPSO et l’agenda de ses événements',
    openGraph: { siteName: '#ActUNIPSO – UNIPSO', locale: 'fr_BE', type: 'website' },
  }
}

/** The public site: one header (identity, navigation), the page, one footer (UNIPSO). */
export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <head>
        <link
          rel="alternate"
          type="application/atom+xml"
          title="#ActUNIPSO : les numéros"
          href="/actunipso/feed.xml"
        />
        <link
          rel="alternate"
          type="application/atom+xml"
          title="Agenda de l’UNIPSO"
          href="/agenda/feed.xml"
        />
      </head>
      <body className="site">
        <a className="skip-link" href="#contenu">
          Aller au contenu
        </a>
        <SiteHeader />
        <div id="contenu" className="site-content">
          {children}
        </div>
        <SiteFooter />
      </body>
    </html>
  )
}
