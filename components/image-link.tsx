import Link from 'next/link'
import { Icon } from './icon'
import styles from './image-link.module.css'

type Props = { src: string; alt: string; href: string; width?: string; height?: string }

/**
 * An image that leads to another post, framed as a card with an arrow badge so it reads as a link;
 * its width and height come from the file (no layout shift). The alt text names the link.
 */
export function ImageLink({ src, alt, href, width, height }: Props) {
  return (
    <Link data-component="image-link" className={styles.root} href={href} prefetch={false}>
      <img className={styles.image} src={src} alt={alt} width={width} height={height} loading="lazy" decoding="async" />
      <span className={styles.badge}>
        <Icon name="arrow" size={20} />
      </span>
    </Link>
  )
}
