import type { Metadata } from 'next'
import React from 'react'

export const metadata: Metadata = {
  title: '#ActUNIPSO',
  description: 'La lettre d’information mensuelle de l’UNIPSO',
}

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body style={{ fontFamily: 'Arial, Helvetica, sans-serif', margin: 0, color: '#1f2933' }}>
        {children}
      </body>
    </html>
  )
}
