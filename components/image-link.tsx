import Link from 'next/link'
import styles from './image-link.module.css'

type Props = { src: string; alt: string; href: string; width?: string; height?: string }

/** An image that leads to another post; its width and height come from the file (no layout shift). */
export function ImageLink({ src, alt, href, width, height }: Props) {
  return (
    <Link data-component="image-link" className={styles.root} href={href} prefetch={false}>
      <img className={styles.image} src={src} alt={alt} width={width} height={height} loading="lazy" decoding="async" />
    </Link>
  )
}
