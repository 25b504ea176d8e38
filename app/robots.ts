import type { MetadataRoute } from 'next'
import { absoluteUrl, sitemapPath } from '@/lib/routes'
import { getVisibility } from '@/lib/site'

export const dynamic = 'force-static'

/** Crawlers may read everything and find the sitemap; a preview (drafts shown) is closed to them. */
export default function robots(): MetadataRoute.Robots {
  if (getVisibility().isPreview) return { rules: { userAgent: '*', disallow: '/' } }
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl(sitemapPath()) }
}
