import Link from 'next/link'

import { SiteNav } from './SiteNav'

/** The identity every public page carries: UNIPSO, its newsletter #ActUNIPSO, the navigation. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="site-brand">
          <span className="site-brand-name">#ActUNIPSO</span>
          <span className="site-brand-org">UNIPSO · Union des entreprises à profit social</span>
        </Link>
        <SiteNav />
      </div>
    </header>
  )
}
