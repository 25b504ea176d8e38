import type { Metadata } from 'next'
import type { Author, Post, Section, Tag } from './content'
import { absoluteUrl, authorPath, blogFeedPath, feedPath, postPath, sectionFeedPath, tagFeedPath } from './routes'
import { shareImageFor, siteShareImage, type ShareImage } from './share-image'
import { getVisibility, site } from './site'

/**
 * Every page's <head> metadata, built from lib/site.ts and lib/routes.ts only: canonical URL,
 * feeds, OpenGraph, Twitter cards and the post's JSON-LD. Pages call these builders; none
 * assembles metadata of its own.
 */

/** A feed a page advertises in <head>. */
export type FeedLink = { url: string; title: string }

/** The site feed, advertised on every page. */
export function siteFeedLink(): FeedLink {
  return { url: feedPath(), title: `${site.title} (RSS)` }
}

/** The blog section's feed, advertised on the blog's pages. */
export function blogFeedLink(): FeedLink {
  return { url: blogFeedPath(), title: `${site.title}: Blog (RSS)` }
}

/** A Hugo section's feed, advertised on its list pages. */
export function sectionFeedLink(section: Pick<Section, 'title' | 'path'>): FeedLink {
  return { url: sectionFeedPath(section), title: `${site.title}: ${section.title} (RSS)` }
}

/** One tag's feed, advertised on that tag's pages. */
export function tagFeedLink(tag: Pick<Tag, 'name' | 'slug'>): FeedLink {
  return { url: tagFeedPath(tag), title: `${site.title}: posts tagged “${tag.name}” (RSS)` }
}

/**
 * canonical and feed links. Next replaces a parent's `alternates` as a whole, so every page
 * lists the site feed again with its own.
 */
function alternates(path: string, feeds: FeedLink[]): NonNullable<Metadata['alternates']> {
  return { canonical: absoluteUrl(path), types: { 'application/rss+xml': [siteFeedLink(), ...feeds] } }
}

function openGraphImage(image: ShareImage) {
  return { url: image.url, width: image.width, height: image.height, alt: image.alt, type: image.type }
}

/** The robots rule for pages that must never be indexed; previews are noindex through the layout. */
const NOINDEX = { index: false } as const

/** Defaults for every page (app/layout.tsx): title template, site card, noindex in previews. */
export function rootMetadata(): Metadata {
  const image = siteShareImage()
  return {
    metadataBase: new URL(site.baseUrl),
    title: { default: site.title, template: `%s · ${site.title}` },
    description: site.description,
    alternates: { types: { 'application/rss+xml': [siteFeedLink()] } },
    openGraph: { type: 'website', siteName: site.title, title: site.title, description: site.description, images: [openGraphImage(image)] },
    twitter: { card: 'summary_large_image', title: site.title, description: site.description, images: [{ url: image.url, alt: image.alt }] },
    // Previews (next dev, Vercel previews) show drafts: keep every page out of search engines.
    robots: getVisibility().isPreview ? NOINDEX : undefined,
  }
}

/** A page that is not a post (home, lists, tags, authors, events). `title` undefined keeps the site's. */
export function pageMetadata({ title, description = site.description, path, feeds = [] }: { title?: string; description?: string; path: string; feeds?: FeedLink[] }): Metadata {
  const image = siteShareImage()
  const shownTitle = title ?? site.title
  return {
    ...(title ? { title } : {}),
    description,
    alternates: alternates(path, feeds),
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
    alternates: { ...alternates(postPath(post), []), ...(post.canonicalUrl ? { canonical: post.canonicalUrl } : {}) },
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
  return { title, alternates: alternates(targetPath, []), robots: NOINDEX }
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
