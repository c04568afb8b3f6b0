import type { Metadata } from 'next'
import Link from 'next/link'
import { getPayload } from 'payload'

import config from '@payload-config'
import { listArchive } from '@/server/newsletter/archive'
import '../archive.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Archives de l’#ActUNIPSO',
  description: 'Les numéros envoyés de la lettre d’information de l’UNIPSO',
}

export default async function ArchivePage() {
  const entries = await listArchive(await getPayload({ config }))
  return (
    <main className="archive">
      <h1>Archives de l’#ActUNIPSO</h1>
      <p>La lettre d’information mensuelle de l’UNIPSO, numéro par numéro.</p>
      {entries.length === 0 ? (
        <p>Aucun numéro publié pour l’instant.</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.month}>
              <Link href={`/actunipso/${entry.month}`}>{entry.monthLabel}</Link> — n° {entry.number}{' '}
              · {entry.subject}
            </li>
          ))}
        </ul>
      )}
    </main>
  )
}
