'use client'

import { useEffect, useRef, useState } from 'react'
import styles from './gallery.module.css'

/** A photo as the lightbox shows it: the large WebP, the original file, its words. */
export type LightboxPhoto = { src: string; alt: string; caption?: string; large: string; width: number; height: number }

type Props = { photos: LightboxPhoto[] }

/**
 * The large view of a gallery's photos in a native <dialog>: the thumbnails' links open it (they
 * lead to the image itself without JavaScript), arrow keys and buttons step through the photos,
 * Escape or the close button shut it and focus goes back to the thumbnail it was opened from.
 */
export function GalleryLightbox({ photos }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const opener = useRef<HTMLElement | null>(null)
  const [at, setAt] = useState(0)
  const count = photos.length

  useEffect(() => {
    const gallery = dialog.current?.parentElement
    const open = (event: MouseEvent) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-gallery-index]')
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      event.preventDefault()
      opener.current = link
      setAt(Number(link.dataset.galleryIndex))
      dialog.current?.showModal()
    }
    gallery?.addEventListener('click', open)
    return () => gallery?.removeEventListener('click', open)
  }, [])

  const step = (by: number) => setAt((current) => (current + by + count) % count)
  const photo = photos[at]
  if (!photo) return null
  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-label="Photo viewer"
      onClose={() => opener.current?.focus()}
      onKeyDown={(event) => {
        if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
          event.preventDefault()
          step(event.key === 'ArrowRight' ? 1 : -1)
        }
      }}
    >
      <figure className={styles.view}>
        <img src={photo.large} alt={photo.alt} width={photo.width} height={photo.height} />
        <figcaption>
          {photo.caption && <span>{photo.caption} </span>}
          <span className={styles.position}>
            Photo {at + 1} of {count}
          </span>{' '}
          <a href={photo.src}>Open the full image</a>
        </figcaption>
      </figure>
      <div className={styles.controls}>
        {count > 1 && (
          <>
            <button type="button" onClick={() => step(-1)}>
              <span aria-hidden="true">← </span>Previous
            </button>
            <button type="button" onClick={() => step(1)}>
              Next<span aria-hidden="true"> →</span>
            </button>
          </>
        )}
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  )
}
