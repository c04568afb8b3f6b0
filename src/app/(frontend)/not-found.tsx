import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Page introuvable – #ActUNIPSO' }

/** The French 404 of the public site, in its layout, with ways back. */
export default function NotFound() {
  return (
    <main className="page error-page">
      <h1>Page introuvable</h1>
      <p className="lead">
        Cette page n’existe pas ou plus : l’adresse est peut-être mal recopiée, ou l’événement a été
        retiré de l’agenda.
      </p>
      <ul>
        <li>
          <Link href="/">Retour à l’accueil</Link>
        </li>
        <li>
          <Link href="/agenda">L’agenda de l’UNIPSO</Link>
        </li>
        <li>
          <Link href="/actunipso">Les numéros de l’#ActUNIPSO</Link>
        </li>
      </ul>
    </main>
  )
}
