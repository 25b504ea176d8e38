import { getImageProps } from 'next/image'
import { getSiteImageSize } from '@/lib/content'
import { isSiteImage } from '@/lib/images'

type Props = {
  src: string
  alt: string
  /** The `sizes` attribute: how wide the image shows, so the browser picks the smallest file that fits. */
  sizes: string
  width?: number | string
  height?: number | string
  className?: string
  /** The page's main image (its largest paint): loaded first, not lazily. */
  isPriority?: boolean
}

// The image optimizer leaves vectors and animations alone; they go out as they are.
const AS_IS = /\.(svg|gif)$/i

/**
 * An image of this site (`/uploads/x.png`) at the width and in the format the browser needs: a
 * srcset served by Next's image optimizer (WebP from PNG and JPEG, resized, cached on the
 * server), or the file itself in a static export (`images.unoptimized`). Width and height come
 * from the file when not given, so nothing shifts as it loads. A server component: no JavaScript.
 */
export function SiteImage({ src, alt, sizes, width, height, className, isPriority = false }: Props) {
  let w = Number(width)
  let h = Number(height)
  if ((!w || !h) && isSiteImage(src)) {
    const size = getSiteImageSize(src)
    if (size.ok) [w, h] = [size.width, size.height]
  }
  const loading = isPriority ? 'eager' : 'lazy'
  const fetchPriority = isPriority ? 'high' : undefined
  if (!isSiteImage(src) || AS_IS.test(src.split(/[?#]/)[0]) || !w || !h) {
    return <img className={className} src={src} alt={alt} width={w || undefined} height={h || undefined} loading={loading} fetchPriority={fetchPriority} decoding="async" />
  }
  // Next adds style="color:transparent" (to hide the alt text while loading); the CSP allows no
  // inline styles (lib/security-headers.mjs), so it is left out: the alt text is welcome anyway.
  const { props: { style: _inlineStyle, ...props } } = getImageProps({ src, alt, width: w, height: h, sizes, className, loading, fetchPriority, decoding: 'async' })
  return <img {...props} alt={alt} />
}
