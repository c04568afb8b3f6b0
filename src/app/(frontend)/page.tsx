import Link from 'next/link'

export default function HomePage() {
  return (
    <main style={{ maxWidth: 640, margin: '0 auto', padding: '48px 20px', lineHeight: 1.5 }}>
      <h1 style={{ color: '#004f71' }}>#ActUNIPSO</h1>
      <p>La lettre d’information mensuelle de l’UNIPSO, l’union des entreprises à profit social.</p>
      <p>
        <Link href="/actunipso">Lire les numéros</Link> ·{' '}
        <Link href="/admin">Se connecter à l’administration</Link>
      </p>
    </main>
  )
}
