'use client'

import { lazy, Suspense } from 'react'
import { site } from '@/lib/site'

// A constant condition, so production builds drop the import and ship none of live reload's code.
const LiveReload =
  process.env.NODE_ENV === 'development' ? lazy(() => import('@/components/live-reload').then((module) => ({ default: module.LiveReload }))) : () => null

type Props = { error: Error & { digest?: string }; retry: () => void }

// Replaces the root layout when a page fails to render. In `next dev` that is almost always a
// content error, which Next's overlay shows with its one-line message; once the file is fixed the
// page reloads itself, as Next does after a server error, so the overlay starts clean.
function reloadPage() {
  window.location.reload()
}

/** The page shown when rendering failed; in development it recovers on the next content change. */
export default function GlobalError({ error, retry }: Props) {
  const isDev = process.env.NODE_ENV === 'development'
  return (
    <html lang={site.language}>
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '46rem', margin: '3rem auto', padding: '0 1rem', lineHeight: 1.5 }}>
        <main role="alert">
          <h1>This page could not be shown</h1>
          {/* Production sends no server messages to the browser (only a digest); dev has them. */}
          <p>{isDev ? error.message : 'Something went wrong on our side. Please try again in a moment.'}</p>
          <button type="button" onClick={() => retry()}>
            Try again
          </button>
        </main>
        <Suspense fallback={null}>
          <LiveReload onChange={reloadPage} />
        </Suspense>
      </body>
    </html>
  )
}
