import Link from 'next/link'
import { site } from '@/lib/site'
import { SiteLogo } from './site-logo'
import { ThemeToggle } from './theme-toggle'
import { SiteSearch } from './site-search'

/** The site's logo and name, main navigation, the search field and the theme toggle. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__title">
          <SiteLogo className="site-header__mark" size={30} />
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
        <SiteSearch />
        <ThemeToggle />
      </div>
    </header>
  )
}
