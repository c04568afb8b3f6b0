'use client'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

const LINKS = [
  { href: '/', label: 'Accueil' },
  { href: '/agenda', label: 'Agenda' },
  { href: '/actunipso', label: 'L’#ActUNIPSO' },
  { href: '/calendriers', label: 'Calendriers' },
  { href: '/newsletter', label: 'S’inscrire' },
] as const

/** The section a path belongs to: an event's page is in the Agenda, a conference's too. */
function sectionOf(pathname: string): string {
  if (pathname === '/') return '/'
  if (pathname.startsWith('/conferences/')) return '/agenda'
  return LINKS.find((link) => link.href !== '/' && pathname.startsWith(link.href))?.href ?? ''
}

/** The site's main navigation; the current section is marked for screen readers and the eye. */
export function SiteNav() {
  const current = sectionOf(usePathname() ?? '')
  return (
    <nav className="site-nav" aria-label="Navigation principale">
      <ul>
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? 'page' : undefined}
              className={link.href === '/newsletter' ? 'nav-subscribe' : undefined}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
