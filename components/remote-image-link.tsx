type Props = { src: string; alt: string }

/**
 * An image on another site, as a link to it: loading it would tell that site about every reader
 * (and the Content-Security-Policy blocks it). `npm run check` warns, so authors can save a copy
 * under public/uploads/.
 */
export function RemoteImageLink({ src, alt }: Props) {
  let host = ''
  try {
    host = new URL(src, 'https://invalid.invalid').host
  } catch {
    // Shown without the host.
  }
  return (
    <a data-remote-image="" href={src} rel="noopener noreferrer">
      {alt.trim() || 'An image'}
      {host && ` (image on ${host})`}
    </a>
  )
}
