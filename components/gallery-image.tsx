type Props = { src: string; alt?: string; caption?: string; width?: string; height?: string }

/**
 * One photo of a <Gallery>: data its gallery reads (the pipeline makes these from the gallery's
 * list of images). Alone, outside a gallery, it shows as a plain image.
 */
export function GalleryImage({ src, alt = '', width, height }: Props) {
  return <img data-component="gallery-image" src={src} alt={alt} width={Number(width) || undefined} height={Number(height) || undefined} loading="lazy" decoding="async" />
}
