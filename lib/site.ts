import { siteConfig } from '../site.config'

/**
 * The site as this build shows it: site.config.ts (title, navigation, logo, colours, words),
 * plus what the environment decides: the base URL (SITE_URL, Vercel) and what a build shows
 * (drafts, previews). Pages, metadata, feeds and scripts read `site` from here; components never
 * read the environment.
 */

/** The colours of one theme; each becomes a CSS custom property (`accentSoft` -> `--accent-soft`). */
export const PALETTE_COLORS = [
  'bg', 'surface', 'sunken', 'text', 'muted', 'accent', 'accentSoft', 'onAccent',
  'warning', 'warningSoft', 'poster', 'onPoster', 'highlight', 'onHighlight', 'rule', 'focus',
] as const

/** One theme's colours, as #rrggbb. */
export type Palette = Record<(typeof PALETTE_COLORS)[number], string>

/** A link with its text: the header's navigation, the footer's social links. */
export type SiteLink = { label: string; href: string }

/** What site.config.ts holds; its comments say what each field does. */
export type SiteConfig = {
  title: string
  description: string
  baseUrl: string
  publisher: string
  language: string
  nav: readonly SiteLink[]
  logo: string
  theme: { light: Palette; dark: Palette }
  social: readonly SiteLink[]
  words: {
    footer: string
    feedLink: string
    search: string
    searchIntro: string
    contents: string
    relatedPosts: string
    editPost: string
    leadRecap: string
    latestPosts: string
    allPosts: string
    allEvents: string
    eventsTitle: string
    eventsIntro: string
    eventsDescription: string
    noEvents: string
  }
  permalink: string
  postsPerPage: number
  feedItems: number
  homePosts: number
  /** Posts a server build writes ahead: 'all', or the newest N (the rest render on first request). */
  prerender: 'all' | number
  /** A post with at least this many section headings (h2, h3) gets a table of contents; 0 turns it off. */
  tocMinHeadings: number
  /** Related posts shown at the end of each post. */
  relatedPosts: number
  /** Date a post without `lastmod` by the last commit that changed its file. */
  updatedFromGit: boolean
  /** Where the posts are edited: each post links to its file there ("Edit this post"). */
  repository?: { url: string; branch: string }
}

const COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

/**
 * The config's mistakes, one line each. Colours go into a stylesheet and the share images, and
 * links into every page, so a typo there would break the site quietly rather than the build.
 */
export function siteConfigProblems(config: SiteConfig): string[] {
  const problems: string[] = []
  for (const [theme, palette] of Object.entries(config.theme)) {
    for (const name of PALETTE_COLORS) {
      const value = palette[name]
      if (!COLOR.test(value ?? '')) problems.push(`theme.${theme}.${name}: "${value}" is not a colour; write it as #rrggbb`)
    }
  }
  for (const [list, links] of [['nav', config.nav], ['social', config.social]] as const) {
    links.forEach(({ href }, i) => {
      if (!/^(?:\/|https?:\/\/|mailto:)/.test(href)) problems.push(`${list}[${i}].href: "${href}" is not a site path or a web address; start it with / or https://`)
    })
  }
  if (!/^https?:\/\/[^/]+$/.test(config.baseUrl.replace(/\/+$/, ''))) problems.push(`baseUrl: "${config.baseUrl}" is not an address; write it as https://your.site`)
  if (!config.logo.endsWith('.svg')) problems.push(`logo: "${config.logo}" is not an SVG file; name a .svg file`)
  for (const key of ['postsPerPage', 'feedItems', 'homePosts'] as const) {
    if (!Number.isInteger(config[key]) || config[key] < 1) problems.push(`${key}: ${config[key]} is not a count; write a whole number from 1`)
  }
  if (config.prerender !== 'all' && !(Number.isInteger(config.prerender) && config.prerender >= 0)) {
    problems.push(`prerender: ${JSON.stringify(config.prerender)} is neither 'all' nor a count; write 'all' or a whole number such as 1000`)
  }
  for (const key of ['tocMinHeadings', 'relatedPosts'] as const) {
    if (!Number.isInteger(config[key]) || config[key] < 0) problems.push(`${key}: ${config[key]} is not a count; write a whole number from 0`)
  }
  if (config.repository && !/^https:\/\/[^/]+\/.+[^/]$/.test(config.repository.url)) problems.push(`repository.url: "${config.repository.url}" is not a repository's web address; write it as https://github.com/you/site`)
  if (config.repository && !/^[\w./-]+$/.test(config.repository.branch)) problems.push(`repository.branch: "${config.repository.branch}" is not a branch name; write e.g. main`)
  return problems
}

/** Where the site lives: SITE_URL, else Vercel's production or deployment host, else the config's address. */
export function resolveBaseUrl(fallback: string, env: Partial<NodeJS.ProcessEnv> = process.env): string {
  const explicit = env.SITE_URL
  if (explicit) return explicit.replace(/\/+$/, '')
  const vercelHost = env.VERCEL_ENV === 'production' ? env.VERCEL_PROJECT_PRODUCTION_URL : env.VERCEL_URL
  if (vercelHost) return `https://${vercelHost.replace(/\/+$/, '')}`
  return fallback.replace(/\/+$/, '')
}

/**
 * The site for a config and an environment: the config, with `baseUrl` the address the
 * environment gives, if any. Throws with every mistake in the config at once.
 */
export function createSite(config: SiteConfig, env: Partial<NodeJS.ProcessEnv> = process.env): SiteConfig {
  // RECAP_PRERENDER (`all` or a count) overrides the setting, for tests and `npm run bench`.
  const prerender = env.RECAP_PRERENDER ? (env.RECAP_PRERENDER === 'all' ? 'all' : Number(env.RECAP_PRERENDER)) : config.prerender
  const problems = siteConfigProblems({ ...config, prerender })
  if (problems.length > 0) throw new Error(problems.map((problem) => `site.config.ts: error: ${problem}`).join('\n'))
  return { ...config, prerender, baseUrl: resolveBaseUrl(config.baseUrl, env) }
}

/** This build's site, from site.config.ts and the environment. */
export const site: SiteConfig = createSite(siteConfig)

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
