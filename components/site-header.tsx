import Link from 'next/link'
import { site } from '@/lib/site'
import { ThemeToggle } from './theme-toggle'

/** The site's name, main navigation and the theme toggle. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__title">
          {/* A conference badge on its lanyard: the site's mark. */}
          <svg className="site-header__mark" aria-hidden="true" viewBox="0 0 32 32" width="30" height="30">
            <path d="M11 2h10l-2 7h-6z" fill="currentColor" opacity=".45" />
            <rect x="5" y="8" width="22" height="22" rx="5" fill="currentColor" />
            <rect x="12" y="11" width="8" height="2.4" rx="1.2" className="site-header__cutout" />
            <rect x="9" y="19" width="14" height="2.6" rx="1.3" className="site-header__cutout" />
            <rect x="11" y="24" width="10" height="2" rx="1" className="site-header__cutout" opacity=".7" />
          </svg>
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
        <ThemeToggle />
      </div>
    </header>
  )
}
