import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import dynamic from 'next/dynamic'
import { site } from '@/lib/site'
import { rootMetadata, siteFeedLinks } from '@/lib/metadata'
import { FeedLinks } from '@/components/feed-links'
import { SiteHeader } from '@/components/site-header'
import { SiteFooter } from '@/components/site-footer'
import { THEME_SCRIPT } from '@/lib/theme'
import { themeStylesheetPath } from '@/lib/routes'
import { themeStylesheet } from '@/lib/theme-stylesheet'
import { versionedPath } from '@/lib/versioned-path'
import './globals.css'

export const metadata: Metadata = rootMetadata()

// A constant condition, so production builds drop the import and ship none of live reload's code.
const LiveReload =
  process.env.NODE_ENV === 'development' ? dynamic(() => import('@/components/live-reload').then((module) => module.LiveReload)) : () => null

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme on <html> before React hydrates: expected, not a mismatch.
    <html lang={site.language} suppressHydrationWarning>
      <head>
        {/* The palette of site.config.ts: a file, since the CSP allows no inline styles. */}
        <link rel="stylesheet" href={versionedPath(themeStylesheetPath(), themeStylesheet(site.theme))} />
        {/* A constant inline script (CSP-hashable, see lib/theme.ts): the stored theme before the first paint. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        <FeedLinks feeds={siteFeedLinks()} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="container">
          {children}
        </main>
        <SiteFooter />
        {/* Refreshes the page when content/ changes, under `next dev` only. */}
        <LiveReload />
      </body>
    </html>
  )
}
