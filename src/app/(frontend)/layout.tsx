import type { Metadata } from 'next'
import { connection } from 'next/server'
import React from 'react'

export const metadata: Metadata = {
  title: '#ActUNIPSO',
  description: 'La lettre d’information mensuelle de l’UNIPSO',
}

export default async function FrontendLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: its scripts carry the request's CSP nonce (src/proxy.ts).
  // A page prerendered at build time would have none, and its scripts would be refused.
  await connection()
  return (
    <html lang="fr">
      <body style={{ fontFamily: 'Arial, Helvetica, sans-serif', margin: 0, color: '#1f2933' }}>
        {children}
      </body>
    </html>
  )
}
