import { isRemoteUrl } from '@/lib/safe-urls'
import { RemoteImageLink } from './remote-image-link'
import styles from './figure.module.css'

type Props = { src: string; alt?: string; title?: string; caption?: string; link?: string; width?: string; height?: string }

/** An image with its title and caption, optionally linked; width and height come from the file. */
export function Figure({ src, alt, title, caption, link, width, height }: Props) {
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
      {(title || caption) && (
        <figcaption className={styles.caption}>
          {title && <strong className={styles.title}>{title}</strong>}
          {caption && <span>{caption}</span>}
        </figcaption>
      )}
    </figure>
  )
}
