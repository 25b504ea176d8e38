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
 * saved post shows without a reload. The layout renders it only under `next dev`; app/error.tsx too,
 * so a page that failed on a content error recovers once the file is fixed.
 */
export function LiveReload({ onChange }: Props) {
  const router = useRouter()
  useEffect(() => {
    const events = new EventSource(CONTENT_EVENTS_PATH)
    // Marks the page once the stream is open, so tests (and the curious) know saves will show.
    events.addEventListener('ready', () => {
      document.documentElement.dataset.liveReload = 'connected'
    })
    events.addEventListener('change', () => (onChange ? onChange() : router.refresh()))
    return () => {
      events.close()
      delete document.documentElement.dataset.liveReload
    }
  }, [router, onChange])
  return null
}
