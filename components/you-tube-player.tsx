'use client'
import { useState, type ReactNode } from 'react'

type Props = { embedUrl: string; title: string; className: string; children: ReactNode }

/** The one interactive piece of YouTube: a poster button that becomes the player on click. */
export function YouTubePlayer({ embedUrl, title, className, children }: Props) {
  const [isPlaying, setIsPlaying] = useState(false)
  return isPlaying ? (
    <iframe
      className={className}
      src={embedUrl}
      title={title}
      allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
      allowFullScreen
      referrerPolicy="strict-origin-when-cross-origin"
    />
  ) : (
    <button type="button" className={className} aria-label={`Play video: ${title}`} onClick={() => setIsPlaying(true)}>
      {children}
    </button>
  )
}
