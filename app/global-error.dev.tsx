'use client'

import { LiveReload } from '@/components/live-reload'
import { site } from '@/lib/site'

// Under `next dev` only (a `.dev.tsx` file, see pageExtensions in next.config.js): production and
// static builds use Next's own global error page, which comes with the framework's runtime, so
// no page carries a byte of ours for a failure a prerendered page cannot have on the server.

type Props = { error: Error & { digest?: string }; retry: () => void }

// Replaces the root layout when a page fails to render. In `next dev` that is almost always a
// content error, which Next's overlay shows with its one-line message; once the file is fixed the
// page reloads itself, as Next does after a server error, so the overlay starts clean.
function reloadPage() {
  window.location.reload()
}

/** The page shown when rendering failed under `next dev`: it recovers on the next content change. */
export default function GlobalError({ error, retry }: Props) {
  return (
    <html lang={site.language}>
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '46rem', margin: '3rem auto', padding: '0 1rem', lineHeight: 1.5 }}>
        <main role="alert">
          <h1>This page could not be shown</h1>
          <p>{error.message}</p>
          <button type="button" onClick={() => retry()}>
            Try again
          </button>
        </main>
        <LiveReload onChange={reloadPage} />
      </body>
    </html>
  )
}
