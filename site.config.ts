import type { SiteConfig } from './lib/site'

/**
 * The one file to edit to make the site yours: its name, address, navigation, logo, colours,
 * links and the words on its pages. Everything else reads it through lib/site.ts, which adds
 * what the environment decides (SITE_URL, Vercel, drafts).
 */
export const siteConfig: SiteConfig = {
  title: 'recap',
  /** One sentence: search results, feeds and the site's share card. */
  description: 'Notes and recaps from the conferences, meetups and projects we care about.',
  /** The site's address when neither SITE_URL nor Vercel gives one (feeds, sitemap, share cards). */
  baseUrl: 'http://localhost:3000',
  /** Who publishes the site, for feeds and JSON-LD. */
  publisher: 'The recap team',
  /** BCP 47 language of the content, for <html lang> and feeds. */
  language: 'en',
  /** The header's links, in order. */
  nav: [
    { label: 'Blog', href: '/blog/' },
    // Not plain 'Events': Hugo blogs often have a tag of that name, and /tags/ would show two
    // links with one name leading to different pages.
    { label: 'Event recaps', href: '/events/' },
    { label: 'Speakers', href: '/speakers/' },
    { label: 'Tags', href: '/tags/' },
  ],
  /**
   * An SVG file, from the repository's top folder: drawn in the header and served as the favicon.
   * Paint in `currentColor` what takes the accent colour, and mark with class="logo-cutout" what
   * shows the background behind the logo (see the file).
   */
  logo: 'logo.svg',
  /**
   * Colours, light theme and dark theme (#rrggbb). Every page and the share images use them; keep
   * text and accent at 4.5:1 against bg and surface (e2e/a11y.spec.ts checks both themes).
   */
  theme: {
    light: {
      bg: '#faf8f4', // the page
      surface: '#ffffff', // header, footer, cards
      sunken: '#f2efe8', // code blocks, empty thumbnails
      text: '#1d1b24',
      muted: '#5c5966', // dates, bylines, secondary text
      accent: '#5b2fd0', // links, buttons, the logo
      accentSoft: '#ece6ff', // hovered links, badges
      onAccent: '#ffffff', // text on the accent
      warning: '#9a3412', // warning callouts
      warningSoft: '#fdf0e6',
      poster: '#5b2fd0', // the video placeholder
      onPoster: '#ffffff',
      highlight: '#ffd447', // selected text
      onHighlight: '#1d1b24',
      rule: '#e4e0d7', // borders
      focus: '#5b2fd0', // the keyboard focus ring
    },
    dark: {
      bg: '#131219', // also the share images' background
      surface: '#1c1b24',
      sunken: '#191820',
      text: '#eceaf3',
      muted: '#aaa7b6',
      accent: '#b9a3ff',
      accentSoft: '#2a2342',
      onAccent: '#131219',
      warning: '#ffb27a',
      warningSoft: '#33231a',
      poster: '#3a2a78',
      onPoster: '#eceaf3',
      highlight: '#ffd447',
      onHighlight: '#1d1b24',
      rule: '#302e3b',
      focus: '#ffd447',
    },
  },
  /** Links in the footer, after the feed. */
  social: [{ label: 'GitHub', href: 'https://github.com/recap-kit/recap' }],
  /** Words on the pages that speak for the team. */
  words: {
    footer: 'The recap team. Notes and recaps from the conferences, meetups and projects we care about.',
    feedLink: 'RSS feed',
    search: 'Search',
    searchIntro: 'Search every post, talk and speaker on this site.',
    contents: 'Contents',
    relatedPosts: 'Read next',
    editPost: 'Edit this post',
    leadRecap: 'Latest event recap',
    latestPosts: 'Latest posts',
    allPosts: 'All posts',
    allEvents: 'All event recaps',
    eventsTitle: 'Events',
    eventsIntro: 'Recaps of the conferences and meetups we went to, latest first.',
    eventsDescription: 'Recaps of the conferences and meetups we went to, grouped by event.',
    noEvents: 'No event recaps yet.',
  },
  /** Where posts live, with Hugo's tokens; a folder may set its own in content/permalinks.yml. */
  permalink: '/:year/:month/:day/:slug/',
  /** Posts on each page of /blog/ and of a tag. */
  postsPerPage: 10,
  /** Posts in each RSS feed. */
  feedItems: 20,
  /** Posts the home page lists under the lead recap. */
  homePosts: 6,
  /**
   * Posts `next build` (and Vercel) writes ahead: 'all', or the newest N. The others are still
   * checked and compiled by the build, render on their first request and are cached until the
   * next deploy; lists, tags, feeds and the sitemap always hold every post. A static export
   * (`npm run build:static`) always writes every post. See README, "Performance".
   */
  prerender: 1000,
  /** A post with this many section headings or more gets a table of contents (0: never). */
  tocMinHeadings: 3,
  /** Related posts at the end of each post (0: none). */
  relatedPosts: 3,
  /** "Updated" from the last commit that changed a post's file when it has no `lastmod`. */
  updatedFromGit: true,
  /** Where posts are edited: each post gets an "Edit this post" link to its file. Remove to hide the link. */
  repository: { url: 'https://github.com/recap-kit/recap', branch: 'main' },
}
