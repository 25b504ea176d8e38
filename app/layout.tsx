import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { site, getVisibility } from '@/lib/site'
import { feedPath } from '@/lib/routes'
import { SiteHeader } from '@/components/site-header'
import { SiteFooter } from '@/components/site-footer'
import dynamic from 'next/dynamic'
import './globals.css'

// A constant condition, so production builds drop the import and ship none of live reload's code.
const LiveReload =
  process.env.NODE_ENV === 'development' ? dynamic(() => import('@/components/live-reload').then((module) => module.LiveReload)) : () => null

export const metadata: Metadata = {
  metadataBase: new URL(site.baseUrl),
  title: { default: site.title, template: `%s · ${site.title}` },
  description: site.description,
  alternates: { types: { 'application/rss+xml': [{ url: feedPath(), title: `${site.title} feed` }] } },
  // Previews (next dev, Vercel previews) show drafts: keep them out of search engines.
  robots: getVisibility().isPreview ? { index: false, follow: false } : undefined,
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.language}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="container">
          {children}
        </main>
        <SiteFooter />
        {/* Refreshes the page when content/ changes; never part of a production page. */}
        <LiveReload />
      </body>
    </html>
  )
}
