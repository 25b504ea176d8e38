import type { ReactNode } from 'react'
import { isRemoteUrl } from '@/lib/safe-urls'
import { RemoteImageLink } from './remote-image-link'
import styles from './figure.module.css'

type Props = { src: string; alt?: string; title?: string; caption?: string; link?: string; width?: string; height?: string; children?: ReactNode }

/**
 * An image with its title and caption, optionally linked; width and height come from the file.
 * The caption is the `caption` text, or the children when given (a Hugo figure's caption is
 * Markdown: links and emphasis, rendered by the pipeline).
 */
export function Figure({ src, alt, title, caption, link, width, height, children }: Props) {
  // Hugo's figure falls back to the caption for alt text; the title is the last resort.
  const description = alt ?? caption ?? title ?? ''
  // An image on another site would see every reader: link to it instead (npm run check warns).
  const image = isRemoteUrl(src) ? (
    <RemoteImageLink src={src} alt={description} />
  ) : (
    <img className={styles.image} src={src} alt={description} width={width} height={height} loading="lazy" decoding="async" />
  )
  return (
    <figure data-component="figure" className={styles.root}>
      {link && !isRemoteUrl(src) ? (
        <a className={styles.link} href={link}>
          {image}
        </a>
      ) : (
        image
      )}
      {(title || caption || children) && (
        <figcaption className={styles.caption}>
          {title && <strong className={styles.title}>{title}</strong>}
          {children ? <div className={styles.text}>{children}</div> : caption && <span>{caption}</span>}
        </figcaption>
      )}
    </figure>
  )
}
