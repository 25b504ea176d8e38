import { z } from 'zod'
import { distance } from 'fastest-levenshtein'
import { isWebUrl } from '../safe-urls'

/**
 * The front matter a post may carry. Values arrive as YAML core-schema or TOML values; the
 * schema accepts what Hugo accepts (a single string where a list is usual, numbers as slugs)
 * and lib/content.ts turns the result into a Post.
 */

const text = z.string().trim()
const stringList = z
  .union([z.string(), z.number()])
  .transform(String)
  .array()
const oneOrMany = z.union([text.transform((value) => [value]), stringList])
const booleanLike = z.union([
  z.boolean(),
  z.enum(['true', 'false', 'yes', 'no']).transform((value) => value === 'true' || value === 'yes'),
])
const dateText = z.union([z.string(), z.number().transform(String)])

export const eventSchema = z
  .object({
    name: text.min(1, 'the event needs a name'),
    location: text.optional(),
    start: dateText.optional(),
    end: dateText.optional(),
    url: text.refine((value) => isWebUrl(value), 'expected an http(s) URL').optional(),
    // Pins the event's address (/events/<slug>/) when its name changes.
    slug: z.union([text, z.number().transform(String)]).pipe(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case letters, digits and single dashes')).optional(),
    attendance: z.enum(['offline', 'online', 'mixed']).optional(),
  })
  .strict()

// `cover: x.jpg`, or a theme's table (`cover: { image: x.jpg, alt: … }`, PaperMod and others).
const coverField = z.union([text, z.object({ image: text.optional(), src: text.optional() }).passthrough().transform((cover) => cover.image ?? cover.src)])
/** `series: Name`, Hugo's taxonomy list `series: [Name]`, or a block with the part's place. */
export const seriesSchema = z.union([
  text.min(1, 'the series needs a name').transform((name) => ({ name, order: undefined as number | undefined, names: [name] })),
  z
    .array(text)
    .min(1, 'the series needs a name')
    .transform((names) => ({ name: names[0], order: undefined as number | undefined, names })),
  z
    .object({ name: text.min(1, 'the series needs a name'), order: z.number().int().positive().optional() })
    .strict()
    .transform((series) => ({ ...series, names: [series.name] })),
])

export const frontMatterSchema = z
  .object({
    title: z.union([text, z.number().transform(String)]).pipe(z.string().min(1, 'is empty')),
    // Hugo's dates: `date` falls back to publishDate and lastmod (lib/content/hugo-fields.ts), so it may be absent here.
    date: dateText.optional(),
    publishDate: dateText.optional(),
    expiryDate: dateText.optional(),
    lastmod: dateText.optional(),
    updated: dateText.optional(),
    author: oneOrMany.optional(),
    authors: oneOrMany.optional(),
    draft: booleanLike.optional(),
    tags: oneOrMany.optional(),
    thumbnail: text.optional(),
    description: text.optional(),
    summary: text.optional(),
    linkTitle: text.optional(),
    keywords: oneOrMany.optional(),
    images: oneOrMany.optional(),
    image: text.optional(),
    cover: coverField.optional(),
    featured_image: text.optional(),
    canonical_url: text.optional(),
    slug: z.union([text, z.number().transform(String)]).optional(),
    url: text.optional(),
    aliases: oneOrMany.optional(),
    event: eventSchema.optional(),
    // `talks: false` keeps every Markdown list of the post a plain list (see remark-markdown-talks.ts).
    talks: booleanLike.optional(),
    series: seriesSchema.optional(),
  })
  // Hugo sites carry fields of their own (categories, weight, images...): keep them, unused.
  .passthrough()

export type FrontMatterFields = z.infer<typeof frontMatterSchema>

/** Every field recap reads; other keys are kept but unused. */
export const KNOWN_FIELDS = Object.keys(frontMatterSchema.shape)

/** Fields Hugo themes commonly use that recap ignores quietly (no "did you mean" for these). */
const HUGO_FIELDS = [
  'categories', 'weight', 'subtitle', 'type', 'layout', 'toc', 'featured', 'comments',
  'math', 'menu', 'cascade', 'headless', 'markup', 'outputs', 'resources', 'sitemap',
  'translationKey', 'params', 'build', '_build', 'isCJKLanguage', 'showCover', 'sig', 'issue',
  'body_class', 'crosspost_url', 'eventUrl', 'queryParams', 'featuredImage', 'canonicalURL',
]

/** For a key recap does not know, the known key it most likely means ("titel" -> "title"). */
export function likelyTypo(key: string): string | undefined {
  if (KNOWN_FIELDS.includes(key) || HUGO_FIELDS.includes(key)) return undefined
  const lower = key.toLowerCase()
  let best: { field: string; score: number } | undefined
  for (const field of KNOWN_FIELDS) {
    const score = distance(lower, field.toLowerCase())
    const limit = field.length <= 4 ? 1 : 2
    if (score <= limit && (!best || score < best.score)) best = { field, score }
  }
  return best?.field
}

/** What each field must hold and an example, for error messages that say how to fix them. */
export const FIELD_HELP: Record<string, { expects: string; example: string }> = {
  title: { expects: 'a line of text', example: 'title: "KubeCon EU 2019 recap"' },
  date: { expects: 'a date', example: 'date: 2023-05-03 or date: Wed, 03 May 2023 09:00:00 +0000' },
  publishDate: { expects: 'a date', example: 'publishDate: 2023-05-03' },
  expiryDate: { expects: 'a date', example: 'expiryDate: 2024-05-03' },
  linkTitle: { expects: 'a line of text', example: 'linkTitle: "KubeCon recap"' },
  keywords: { expects: 'a list of words', example: 'keywords: [kubecon, recap]' },
  images: { expects: 'a list of image paths', example: 'images: [cover.jpg]' },
  image: { expects: 'an image path', example: 'image: cover.jpg' },
  cover: { expects: 'an image path, or a block with image:', example: 'cover: cover.jpg' },
  featured_image: { expects: 'an image path', example: 'featured_image: cover.jpg' },
  canonical_url: { expects: 'the address where the post was first published', example: 'canonical_url: https://example.org/original-post/' },
  lastmod: { expects: 'a date', example: 'lastmod: 2023-05-04' },
  updated: { expects: 'a date', example: 'updated: 2023-05-04' },
  author: { expects: 'an author id from content/authors.yml', example: 'author: ada' },
  authors: { expects: 'a list of author ids', example: 'authors: [ada, grace]' },
  draft: { expects: 'true or false', example: 'draft: true' },
  tags: { expects: 'a list of strings', example: 'tags: [kubecon, linkerd]' },
  thumbnail: { expects: 'an image file name under public/uploads/ or a path', example: 'thumbnail: kubecon-stage.jpg' },
  description: { expects: 'a line of text', example: 'description: "What we saw in Barcelona"' },
  summary: { expects: 'a line of text', example: 'summary: "What we saw in Barcelona"' },
  slug: { expects: 'a URL segment', example: 'slug: kubecon-eu-2019' },
  url: { expects: 'a site path', example: 'url: /2019/05/31/kubecon-recap/' },
  aliases: { expects: 'a list of old paths', example: 'aliases: [/old/path/]' },
  talks: { expects: 'true or false', example: 'talks: false' },
  series: {
    expects: 'a series name, or a block with name and order',
    example: 'series: KubeCon EU 2019 day by day, or series: { name: KubeCon EU 2019 day by day, order: 2 }',
  },
  event: {
    expects: 'a block with name, location, start, end, url, slug and attendance (offline, online or mixed)',
    example: 'event: { name: KubeCon EU 2019, location: Barcelona, start: 2019-05-20, end: 2019-05-23 }',
  },
}
