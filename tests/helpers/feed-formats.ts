import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { z } from 'zod'

/**
 * Checks of the feed formats by their specifications, for unit and browser tests alike: Atom 1.0
 * (RFC 4287) read with an XML parser, element by element, and JSON Feed 1.1 as a schema of every
 * field the specification defines. Each returns the list of what is wrong: [] means valid.
 */

const ATOM = 'http://www.w3.org/2005/Atom'
// RFC 3339 date-time, as RFC 4287 section 3.3 requires.
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/
const isAbsoluteIri = (value: unknown) => typeof value === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(value)

type XmlNode = Record<string, unknown>
const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false, isArray: (name) => ['entry', 'link', 'author', 'category', 'contributor'].includes(name) })

function textOf(node: unknown): string | undefined {
  if (typeof node === 'string') return node
  if (node && typeof node === 'object' && '#text' in node) return String((node as XmlNode)['#text'])
  return undefined
}

/** Problems of an Atom 1.0 document, per RFC 4287 sections 4.1.1 (feed) and 4.1.2 (entry). */
export function atomProblems(xml: string): string[] {
  const problems: string[] = []
  const wellFormed = XMLValidator.validate(xml)
  if (wellFormed !== true) return [`not well-formed XML: ${JSON.stringify(wellFormed.err)}`]
  const doc = parser.parse(xml) as { feed?: XmlNode }
  const feed = doc.feed
  if (!feed) return ['the root element is not <feed>']
  if (feed['@_xmlns'] !== ATOM) problems.push(`<feed> is not in the Atom namespace (${String(feed['@_xmlns'])})`)
  const one = (node: XmlNode, name: string, where: string) => {
    const value = node[name]
    if (value === undefined) problems.push(`${where} has no <${name}>`)
    else if (Array.isArray(value)) problems.push(`${where} has ${value.length} <${name}> elements; one is allowed`)
    return value
  }
  const textConstruct = (node: XmlNode, name: string, where: string) => {
    const value = node[name]
    if (value === undefined) return
    const type = typeof value === 'object' && value ? (value as XmlNode)['@_type'] : undefined
    if (type !== undefined && !['text', 'html', 'xhtml'].includes(String(type))) problems.push(`${where} <${name}> has type "${String(type)}"`)
  }
  const date = (node: XmlNode, name: string, where: string) => {
    const value = textOf(node[name])
    if (value !== undefined && !RFC_3339.test(value.trim())) problems.push(`${where} <${name}> "${value}" is not an RFC 3339 date`)
  }
  const persons = (node: XmlNode, where: string) =>
    ((node.author as XmlNode[] | undefined) ?? []).forEach((person, i) => {
      if (!textOf(person.name)?.trim()) problems.push(`${where} author ${i + 1} has no <name>`)
    })
  const links = (node: XmlNode, where: string) => {
    const list = (node.link as XmlNode[] | undefined) ?? []
    for (const link of list) if (!isAbsoluteIri(link['@_href'])) problems.push(`${where} <link> href "${String(link['@_href'])}" is not absolute`)
    const alternates = list.filter((link) => (link['@_rel'] ?? 'alternate') === 'alternate').map((link) => `${String(link['@_type'] ?? '')}|${String(link['@_hreflang'] ?? '')}`)
    if (new Set(alternates).size !== alternates.length) problems.push(`${where} has two rel="alternate" links of one type and language`)
    return list
  }

  if (!isAbsoluteIri(textOf(one(feed, 'id', '<feed>')))) problems.push('<feed> <id> is not an absolute IRI')
  one(feed, 'title', '<feed>')
  textConstruct(feed, 'title', '<feed>')
  textConstruct(feed, 'subtitle', '<feed>')
  one(feed, 'updated', '<feed>')
  date(feed, 'updated', '<feed>')
  persons(feed, '<feed>')
  const feedLinks = links(feed, '<feed>')
  if (!feedLinks.some((link) => link['@_rel'] === 'self')) problems.push('<feed> has no rel="self" link (RFC 4287 4.1.1: SHOULD)')
  const entries = (feed.entry as XmlNode[] | undefined) ?? []
  const ids = new Set<string>()
  entries.forEach((entry, i) => {
    const where = `entry ${i + 1}`
    const id = textOf(one(entry, 'id', where))
    if (!isAbsoluteIri(id)) problems.push(`${where} <id> is not an absolute IRI`)
    if (id && ids.has(id)) problems.push(`${where} repeats the id ${id}`)
    if (id) ids.add(id)
    one(entry, 'title', where)
    textConstruct(entry, 'title', where)
    textConstruct(entry, 'summary', where)
    one(entry, 'updated', where)
    date(entry, 'updated', where)
    date(entry, 'published', where)
    persons(entry, where)
    if (!feed.author && !entry.author) problems.push(`${where} has no <author> and neither has the feed`)
    const entryLinks = links(entry, where)
    if (!entry.content && !entryLinks.some((link) => (link['@_rel'] ?? 'alternate') === 'alternate')) problems.push(`${where} has neither <content> nor an alternate link`)
    const content = entry.content as XmlNode | undefined
    if (content && typeof content === 'object' && content['@_src'] && !entry.summary) problems.push(`${where} has out-of-line content and no <summary>`)
  })
  return problems
}

const url = z.string().url()
const date3339 = z.string().regex(RFC_3339, 'an RFC 3339 date')
const author = z
  .object({ name: z.string().optional(), url: url.optional(), avatar: url.optional() })
  .strict()
  .refine((value) => value.name || value.url || value.avatar, 'an author needs a name, url or avatar')

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): every top-level and item field, and what each must hold. */
export const jsonFeedSchema = z
  .object({
    version: z.literal('https://jsonfeed.org/version/1.1'),
    title: z.string().min(1),
    home_page_url: url.optional(),
    feed_url: url.optional(),
    description: z.string().optional(),
    user_comment: z.string().optional(),
    next_url: url.optional(),
    icon: url.optional(),
    favicon: url.optional(),
    authors: z.array(author).optional(),
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/).optional(),
    expired: z.boolean().optional(),
    hubs: z.array(z.object({ type: z.string(), url: url })).optional(),
    items: z.array(
      z
        .object({
          id: z.string().min(1),
          url: url.optional(),
          external_url: url.optional(),
          title: z.string().optional(),
          content_html: z.string().optional(),
          content_text: z.string().optional(),
          summary: z.string().optional(),
          image: url.optional(),
          banner_image: url.optional(),
          date_published: date3339.optional(),
          date_modified: date3339.optional(),
          authors: z.array(author).optional(),
          tags: z.array(z.string()).optional(),
          language: z.string().optional(),
          attachments: z.array(z.object({ url: url, mime_type: z.string(), title: z.string().optional(), size_in_bytes: z.number().optional(), duration_in_seconds: z.number().optional() })).optional(),
        })
        .strict()
        .refine((item) => item.content_html !== undefined || item.content_text !== undefined, 'an item needs content_html or content_text'),
    ),
  })
  .strict()

/** Problems of a JSON Feed 1.1 document: not JSON, or fields the specification does not allow. */
export function jsonFeedProblems(text: string): string[] {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return [`not JSON: ${String(error)}`]
  }
  const result = jsonFeedSchema.safeParse(data)
  const problems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || '(feed)'}: ${issue.message}`)
  const ids = (data as { items?: { id?: string }[] }).items?.map((item) => item.id) ?? []
  if (new Set(ids).size !== ids.length) problems.push('two items share an id')
  return problems
}
