'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/** Where `next dev` streams content changes (app/api/recap-dev/content-events/route.dev.ts). */
export const CONTENT_EVENTS_PATH = '/api/recap-dev/content-events/'

type Props = {
  /** What to do on a change; by default the page is rendered again on the server (router.refresh). */
  onChange?: () => void
}

/**
 * Development only: re-renders the open page on the server when a file under content/ changes, so a
 * saved post shows without a reload. The layout renders it only under `next dev`; app/global-error.dev.tsx too,
 * so a page that failed on a content error recovers once the file is fixed.
 */
export function LiveReload({ onChange }: Props) {
  const router = useRouter()
  useEffect(() => {
    const notify = () => (onChange ? onChange() : router.refresh())
    const events = new EventSource(CONTENT_EVENTS_PATH)
    const signatureOf = (event: Event) => (JSON.parse((event as MessageEvent<string>).data) as { signature?: string }).signature
    events.addEventListener('ready', (event) => {
      // A stream opened after an error (app/global-error.dev.tsx) may have missed the fix being saved:
      // the content's fingerprint tells.
      const signature = signatureOf(event)
      const known = seen.signature
      seen.signature = signature
      // Marks the page once the stream is open, so tests (and the curious) know saves will show.
      document.documentElement.dataset.liveReload = 'connected'
      if (known !== undefined && signature !== known) notify()
    })
    events.addEventListener('change', (event) => {
      seen.signature = signatureOf(event)
      notify()
    })
    return () => {
      events.close()
      delete document.documentElement.dataset.liveReload
    }
  }, [router, onChange])
  return null
}

// The last content fingerprint this page saw, shared by every LiveReload on it (the layout's, and
// the error page's that replaces it).
const seen: { signature?: string } = ((globalThis as typeof globalThis & { __recapLiveReload?: { signature?: string } }).__recapLiveReload ??= {})
