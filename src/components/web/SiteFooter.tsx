import Link from 'next/link'

import { phoneHref } from '@/domain/newsletter/contacts'

/** The federation's offices, as on its publications (../shared/reference/ORGANISATION.md). */
const OFFICES = [
  {
    name: 'Siège social',
    lines: ['Square Arthur Masson 1/7', '5000 Namur'],
    phone: '081/24.90.20',
  },
  {
    name: 'Bureau bruxellois',
    lines: ['Rue du Congrès 37-42', '1000 Bruxelles'],
    phone: '02/210.53.00',
  },
]

/** Who publishes the site and how to reach them, on every public page. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <section aria-labelledby="footer-unipso">
          <h2 id="footer-unipso">UNIPSO ASBL</h2>
          <p>
            Union des entreprises à profit social : la confédération des employeurs du secteur à
            profit social en Wallonie et en Fédération Wallonie-Bruxelles. Elle représente 31
            fédérations d’employeurs, publiques et privées.
          </p>
          <p>
            <a href="https://www.unipso.be">www.unipso.be</a> ·{' '}
            <a href="mailto:unipso@unipso.be">unipso@unipso.be</a>
          </p>
        </section>
        {OFFICES.map((office) => (
          <section key={office.name} aria-label={office.name}>
            <h2>{office.name}</h2>
            <address>
              {office.lines.map((line) => (
                <span key={line} className="line">
                  {line}
                </span>
              ))}
              <a href={phoneHref(office.phone) ?? undefined}>{office.phone}</a>
            </address>
          </section>
        ))}
        <section aria-labelledby="footer-follow">
          <h2 id="footer-follow">Suivre l’UNIPSO</h2>
          <ul>
            <li>
              <Link href="/newsletter">Recevoir l’#ActUNIPSO par courriel</Link>
            </li>
            <li>
              <Link href="/calendriers">S’abonner aux calendriers</Link>
            </li>
            <li>
              <a href="/actunipso/feed.xml">Flux Atom des numéros</a>
            </li>
            <li>
              <a href="/agenda/feed.xml">Flux Atom de l’agenda</a>
            </li>
          </ul>
        </section>
      </div>
    </footer>
  )
}
