import Link from 'next/link'
import { site } from '@/lib/site'

/** The site's name and main navigation. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__title">
          {site.title}
        </Link>
        <nav aria-label="Main">
          <ul className="site-nav">
            {site.nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
