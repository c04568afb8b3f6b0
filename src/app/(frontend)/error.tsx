'use client'
import Link from 'next/link'

/** A page that failed: said in French, in the site's layout, with a retry and a way home. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="page error-page">
      <h1>Une erreur est survenue</h1>
      <p className="lead">
        La page n’a pas pu s’afficher. Réessayez dans un instant ; si le problème continue,
        écrivez-nous à <a href="mailto:unipso@unipso.be">unipso@unipso.be</a>.
      </p>
      <p className="event-actions">
        <button type="button" className="button button-primary" onClick={() => reset()}>
          Réessayer
        </button>
        <Link href="/">Retour à l’accueil</Link>
      </p>
    </main>
  )
}
