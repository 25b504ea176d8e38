import type { Metadata } from 'next'
import type { Author, EventGroup, Post, Section, Tag } from './content'
import { getLogo, logoSvgFile } from './logo'
import { absoluteUrl, authorPath, blogFeedPath, eventFeedPaths, feedPaths, iconPath, postPath, sectionFeedPath, tagFeedPaths, type FeedFormat } from './routes'
import { shareImageFor, siteShareImage, type ShareImage } from './share-image'
import { getVisibility, site } from './site'
import { versionedPath } from './versioned-path'

/**
 * Every page's <head> metadata, built from lib/site.ts and lib/routes.ts only: canonical URL,
 * feeds, OpenGraph, Twitter cards and the post's JSON-LD. Pages call these builders; none
 * assembles metadata of its own.
 */

/** A feed a page advertises in <head>: its path (relative, see components/feed-links.tsx), type and title. */
export type FeedLink = { url: string; type: string; title: string }

/** The media types <head> names each format by. */
export const FEED_LINK_TYPES: Record<FeedFormat, string> = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' }
const FORMAT_NAMES: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' }

/** One feed's links, a format each: `title (RSS)`, `title (Atom)`, `title (JSON Feed)`. */
export function feedLinks(title: string, paths: Partial<Record<FeedFormat, string>>): FeedLink[] {
  return (Object.keys(FEED_LINK_TYPES) as FeedFormat[]).flatMap((format) => {
    const url = paths[format]
    return url ? [{ url, type: FEED_LINK_TYPES[format], title: `${title} (${FORMAT_NAMES[format]})` }] : []
  })
}

/** The site feed in every format, advertised on every page (app/layout.tsx). */
export function siteFeedLinks(): FeedLink[] {
  return feedLinks(site.title, feedPaths())
}

/** The blog section's RSS feed, advertised on the blog's pages. */
export function blogFeedLinks(): FeedLink[] {
  return feedLinks(`${site.title}: Blog`, { rss: blogFeedPath() })
}

/** A Hugo section's RSS feed (where Hugo wrote it), advertised on its list pages. */
export function sectionFeedLinks(section: Pick<Section, 'title' | 'path'>): FeedLink[] {
  return feedLinks(`${site.title}: ${section.title}`, { rss: sectionFeedPath(section) })
}

/** One tag's feeds, advertised on that tag's pages. */
export function tagFeedLinks(tag: Pick<Tag, 'name' | 'slug'>): FeedLink[] {
  return feedLinks(`${site.title}: posts tagged “${tag.name}”`, tagFeedPaths(tag))
}

/** One event's feeds, advertised on that event's page. */
export function eventFeedLinks(event: Pick<EventGroup, 'name' | 'slug'>): FeedLink[] {
  return feedLinks(`${site.title}: ${event.name}`, eventFeedPaths(event))
}

/** The canonical link. Feeds are not metadata: Next would make their URLs absolute with the build's base URL. */
function alternates(path: string): NonNullable<Metadata['alternates']> {
  return { canonical: absoluteUrl(path) }
}

function openGraphImage(image: ShareImage) {
  return { url: image.url, width: image.width, height: image.height, alt: image.alt, type: image.type }
}

/** The robots rule for pages that must never be indexed; previews are noindex through the layout. */
const NOINDEX = { index: false } as const

/** Defaults for every page (app/layout.tsx): title template, site card, favicon, noindex in previews. */
export function rootMetadata(): Metadata {
  const image = siteShareImage()
  const icon = versionedPath(iconPath(), logoSvgFile(getLogo(site.logo), site.theme.light))
  return {
    metadataBase: new URL(site.baseUrl),
    title: { default: site.title, template: `%s · ${site.title}` },
    description: site.description,
    openGraph: { type: 'website', siteName: site.title, title: site.title, description: site.description, images: [openGraphImage(image)] },
    twitter: { card: 'summary_large_image', title: site.title, description: site.description, images: [{ url: image.url, alt: image.alt }] },
    // The logo of site.config.ts (app/icon.svg/route.ts).
    icons: { icon: [{ url: icon, sizes: 'any', type: 'image/svg+xml' }] },
    // Previews (next dev, Vercel previews) show drafts: keep every page out of search engines.
    robots: getVisibility().isPreview ? NOINDEX : undefined,
  }
}

/** A page that is not a post (home, lists, tags, authors, events). `title` undefined keeps the site's. */
export function pageMetadata({ title, description = site.description, path }: { title?: string; description?: string; path: string }): Metadata {
  const image = siteShareImage()
  const shownTitle = title ?? site.title
  return {
    ...(title ? { title } : {}),
    description,
    alternates: alternates(path),
    openGraph: { type: 'website', url: absoluteUrl(path), siteName: site.title, title: shownTitle, description, images: [openGraphImage(image)] },
    twitter: { card: 'summary_large_image', title: shownTitle, description, images: [{ url: image.url, alt: image.alt }] },
  }
}

/** What the post builders need besides the post: its authors and its description (see postDescription). */
export type PostFacts = { authors: Pick<Author, 'name' | 'slug' | 'credit'>[]; description: string }

/** An author's page, when they have one (a free-text byline has none). */
function authorUrl(author: Pick<Author, 'slug' | 'credit'>): string | undefined {
  return author.credit ? undefined : absoluteUrl(authorPath(author))
}

/** A post: canonical permalink, OpenGraph article with dates, authors, tags and image, large Twitter card. */
export function postMetadata(post: Post, { authors, description }: PostFacts): Metadata {
  const url = absoluteUrl(postPath(post))
  const image = shareImageFor(post)
  return {
    title: post.title,
    description,
    authors: authors.map((author) => ({ name: author.name, url: authorUrl(author) })),
    keywords: [...new Set([...post.tags.map((tag) => tag.name), ...post.keywords])],
    // A post first published elsewhere (`canonical_url`) names that address, as Hugo themes did.
    alternates: { ...alternates(postPath(post)), ...(post.canonicalUrl ? { canonical: post.canonicalUrl } : {}) },
    openGraph: {
      type: 'article',
      url,
      siteName: site.title,
      title: post.title,
      description,
      publishedTime: post.date,
      modifiedTime: post.updated,
      authors: authors.flatMap((author) => authorUrl(author) ?? []),
      tags: post.tags.map((tag) => tag.name),
      images: [openGraphImage(image)],
    },
    twitter: { card: 'summary_large_image', title: post.title, description, images: [{ url: image.url, alt: image.alt }] },
  }
}

/** An old address (`aliases`) that sends readers on: points search engines at the post, never indexed itself. */
export function redirectMetadata(title: string, targetPath: string): Metadata {
  return { title, alternates: alternates(targetPath), robots: NOINDEX }
}

/** schema.org BlogPosting for a post, for search engines' rich results. */
export function postJsonLd(post: Post, { authors, description }: PostFacts): Record<string, unknown> {
  const url = absoluteUrl(postPath(post))
  const image = shareImageFor(post)
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: description || undefined,
    datePublished: post.date,
    dateModified: post.updated,
    author: authors.map((author) => ({ '@type': 'Person', name: author.name, url: authorUrl(author) })),
    image: { '@type': 'ImageObject', url: image.url, width: image.width, height: image.height },
    keywords: post.tags.map((tag) => tag.name).join(', ') || undefined,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    publisher: { '@type': 'Organization', name: site.publisher, url: absoluteUrl('/') },
    inLanguage: site.language,
  }
}

/**
 * JSON for a <script type="application/ld+json">: `<`, `>` and `&` become \u escapes (still the
 * same JSON), so `</script>` or `<!--` in a title stays text; U+2028/U+2029 likewise, for old parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
