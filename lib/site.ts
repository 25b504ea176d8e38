/**
 * The site's identity and build-time settings: the only place for the title, base URL,
 * navigation and what a build shows. Pages, metadata, feeds and scripts read it from here.
 */

/** Where the site lives: SITE_URL, else Vercel's production or deployment host, else localhost. */
function resolveBaseUrl(): string {
  const explicit = process.env.SITE_URL
  if (explicit) return explicit.replace(/\/+$/, '')
  const vercelHost =
    process.env.VERCEL_ENV === 'production' ? process.env.VERCEL_PROJECT_PRODUCTION_URL : process.env.VERCEL_URL
  if (vercelHost) return `https://${vercelHost.replace(/\/+$/, '')}`
  return `http://localhost:${process.env.PORT ?? 3000}`
}

export const site = {
  title: 'recap',
  description: 'Notes and recaps from the conferences, meetups and projects we care about.',
  /** BCP 47 language of the content, for <html lang> and feeds. */
  language: 'en',
  baseUrl: resolveBaseUrl(),
  /** Who publishes the site, for feeds and JSON-LD. */
  publisher: 'The recap team',
  nav: [
    { label: 'Blog', href: '/blog/' },
    // Not plain 'Events': Hugo blogs often have a tag of that name, and /tags/ would show two
    // links with one name leading to different pages.
    { label: 'Event recaps', href: '/events/' },
    { label: 'Tags', href: '/tags/' },
  ],
  social: { github: 'https://github.com/recap-kit/recap' },
  /** Permalink pattern for posts, Hugo's tokens; a folder may set its own in content/permalinks.yml. */
  permalink: '/:year/:month/:day/:slug/',
  postsPerPage: 10,
  feedItems: 20,
  /** How many posts the home page lists under the lead recap. */
  homePosts: 6,
} as const

/** What this build shows besides published posts. */
export type Visibility = {
  /** Drafts (`draft: true`) are built and shown with a banner. */
  drafts: boolean
  /** Posts dated in the future are built and shown with a banner. */
  scheduled: boolean
  /** Posts past their `expiryDate` are built and shown with a banner (default: as drafts are). */
  expired?: boolean
  /** A build for review (dev or a Vercel preview): every page is marked noindex. */
  isPreview: boolean
}

/**
 * Decides from the environment what this build may show. `next build` always sets
 * NODE_ENV=production, so a Vercel preview is recognised by VERCEL_ENV, and `next dev` by
 * NODE_ENV=development. RECAP_PREVIEW=1 forces preview mode for local review builds and tests.
 */
export function getVisibility(env: NodeJS.ProcessEnv = process.env): Visibility {
  const isPreview =
    env.RECAP_PREVIEW === '1' || env.VERCEL_ENV === 'preview' || env.NODE_ENV === 'development'
  return { drafts: isPreview, scheduled: isPreview, expired: isPreview, isPreview }
}
