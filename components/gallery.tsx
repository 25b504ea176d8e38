import { Children, isValidElement, type ReactNode } from 'react'
import { GALLERY_WIDTHS, galleryImagePath } from '@/lib/routes'
import { componentOf } from '@/lib/page-errors'
import { GalleryImage } from './gallery-image'
import type { LightboxPhoto } from './gallery-lightbox'
import styles from './gallery.module.css'
import { GalleryLightboxLoader } from './gallery-lightbox-loader'

type Props = { title?: string; folder?: string; children?: ReactNode }

/** A photo as the grid and the lightbox show it. */
type GridPhoto = LightboxPhoto & { thumb: string; thumbWidth: number; thumbHeight: number }

/** The width and height of an image scaled to at most `max` pixels wide (never enlarged). */
function scaled(width: number, height: number, max: number): [number, number] {
  const w = Math.min(width, max)
  return [w, Math.max(1, Math.round((height * w) / width))]
}

/**
 * A grid of photos: thumbnails made at build time (WebP, app/gallery/[...path]/route.ts), lazily
 * loaded, with their sizes so nothing shifts. Each thumbnail links to the image itself, which is
 * all a reader without JavaScript needs; with it, the link opens a lightbox (GalleryLightbox, loaded
 * by GalleryLightboxLoader on pages with a gallery only).
 */
export function Gallery({ title, children }: Props) {
  const [thumbWidth, largeWidth] = GALLERY_WIDTHS
  const photos: GridPhoto[] = Children.toArray(children)
    .filter(isValidElement<{ src: string; alt?: string; caption?: string; width?: string; height?: string }>)
    // Through componentOf: on a page, its children come wrapped by renderReporting (lib/page-errors.ts).
    .filter((child) => componentOf(child.type) === GalleryImage)
    .flatMap(({ props }) => {
      const width = Number(props.width)
      const height = Number(props.height)
      if (!props.src || !(width > 0) || !(height > 0)) return []
      const [tw, th] = scaled(width, height, thumbWidth)
      const [lw, lh] = scaled(width, height, largeWidth)
      return [{ src: props.src, alt: props.alt ?? '', caption: props.caption, thumb: galleryImagePath(props.src, thumbWidth), thumbWidth: tw, thumbHeight: th, large: galleryImagePath(props.src, largeWidth), width: lw, height: lh }]
    })
  const label = title?.trim() || 'Photos'
  return (
    <section data-component="gallery" className={styles.root} aria-label={`${label}: ${photos.length === 1 ? '1 photo' : `${photos.length} photos`}`}>
      <p className={styles.heading} aria-hidden="true">
        {label} <span className={styles.count}>{photos.length === 1 ? '1 photo' : `${photos.length} photos`}</span>
      </p>
      <ul className={styles.grid}>
        {photos.map((photo, index) => (
          <li key={`${photo.src}-${index}`}>
            <figure className={styles.item}>
              <a className={styles.link} href={photo.src} data-gallery-index={index}>
                <img src={photo.thumb} alt={photo.alt} width={photo.thumbWidth} height={photo.thumbHeight} loading="lazy" decoding="async" />
              </a>
              {photo.caption && <figcaption className={styles.caption}>{photo.caption}</figcaption>}
            </figure>
          </li>
        ))}
      </ul>
      <GalleryLightboxLoader photos={photos.map(({ src, alt, caption, large, width, height }) => ({ src, alt, caption, large, width, height }))} />
    </section>
  )
}
