/**
 * The pages and screen sizes the theme is judged on: the accessibility spec (e2e/a11y.spec.ts)
 * checks them and `npm run screenshots` pictures them. The post is the one that uses every
 * content component.
 */

/** A page to check and picture, by a short name for file names and test titles. */
export type ShowcasePage = { name: string; path: string }

/** Home, a post (with its contents and related posts), a post in a series, a tag, the events page, an event, the speakers, a speaker, a series, search results and the 404. */
export const SHOWCASE_PAGES: ShowcasePage[] = [
  { name: 'home', path: '/' },
  { name: 'post', path: '/2019/05/27/kubecon-eu-2019-in-barcelona-what-we-took-home/' },
  { name: 'series-post', path: '/2019/06/14/how-we-write-a-meetup-recap-in-an-evening/' },
  { name: 'series', path: '/series/how-we-publish/' },
  { name: 'search', path: '/search/?q=linkerd' },
  { name: 'tag', path: '/tags/events/' },
  { name: 'events', path: '/events/' },
  { name: 'event', path: '/events/recap-community-meetup-porto/' },
  { name: 'speakers', path: '/speakers/' },
  { name: 'speaker', path: '/speakers/ines-carvalho/' },
  { name: 'not-found', path: '/no/such/page/' },
]

/** A phone (an iPhone 14's CSS size) and a laptop. */
export const SHOWCASE_VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const

/** Both colour schemes. */
export const SHOWCASE_THEMES = ['light', 'dark'] as const
