type Props = { src: string; type?: string; poster?: string; title?: string; width?: string; height?: string }

/**
 * A video file of the site itself (a page bundle's clip, a file under public/), with the
 * browser's controls; nothing loads until the reader plays it. Posts get it from a `<video>` in
 * their HTML whose sources are the site's, or as <Video src="clip.webm" />.
 */
export function Video({ src, type, poster, title, width, height }: Props) {
  const name = decodeURIComponent(src.split(/[?#]/)[0].split('/').pop() ?? src)
  return (
    <figure data-component="video">
      <video controls preload="none" poster={poster} width={width} height={height} aria-label={title || undefined}>
        <source src={src} type={type} />
      </video>
      <figcaption>
        <a href={src} download>
          {title || name}
        </a>
      </figcaption>
    </figure>
  )
}
