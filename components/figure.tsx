import styles from './figure.module.css'

type Props = { src: string; alt?: string; title?: string; caption?: string; link?: string; width?: string; height?: string }

/** An image with its title and caption, optionally linked; width and height come from the file. */
export function Figure({ src, alt, title, caption, link, width, height }: Props) {
  // Hugo's figure falls back to the caption for alt text; the title is the last resort.
  const image = <img className={styles.image} src={src} alt={alt ?? caption ?? title ?? ''} width={width} height={height} loading="lazy" decoding="async" />
  return (
    <figure data-component="figure" className={styles.root}>
      {link ? (
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
