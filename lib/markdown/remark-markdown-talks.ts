import type { Html, List, ListItem, Parent, Root, RootContent } from 'mdast'
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'
import type { VFile } from 'vfile'
import { toString } from 'mdast-util-to-string'
import { SKIP, visit } from 'unist-util-visit'
import { isRecordingUrl, isSpeakerText, splitTalkText } from '../talks'
import { parseStartTime } from '../video-urls'

const RULE = 'talk-list'
const SOURCE = 'remark-markdown-talks'
const EXAMPLE = '- [Intro to Linkerd](https://www.youtube.com/watch?v=Z3nfLI3z0hc): William Morgan, Buoyant'

/** `<!-- talks -->` before a list makes it a talk list; `<!-- no-talks -->` keeps it a plain list. */
const MARKER = /^<!--\s*(talks|no-talks)\s*-->\s*$/i

/**
 * Options: `enabled: false` (front matter `talks: false`) leaves lists alone unless a `<!-- talks -->`
 * marker asks; `warnNearMisses: false` keeps quiet about a list that almost reads as talks (a post
 * that covers no event: its lists of videos and articles are reading lists, not a typo).
 */
export type RemarkMarkdownTalksOptions = { enabled?: boolean; warnNearMisses?: boolean }

/** A list item read as a talk, or why it is not one. */
type TalkFields = { title: string; url: string; speakers: string; start?: number; position?: ListItem['position'] }
type ItemReading = { talk: TalkFields } | { reason: string }

/**
 * Finds talk lists in Markdown (Hugo) posts, as recap posts write them: every item a link to a
 * recording on YouTube or Vimeo, the speakers after the link (`: Name, Organisation`) or at the
 * end of the link text (`[Title - Name, Organisation](url)`), and turns each into a `<TalkList>` of
 * `<Talk>` elements, so the page shows talk cards and the event and speaker pages list the talks.
 *
 * A list is a talk list when it has two items or more, each of them reads as a talk and at least
 * one names speakers; any other list stays a list. `<!-- talks -->` on the line before a list asks
 * for it (an item that is not a talk is then an error); `<!-- no-talks -->` keeps it a list.
 */
export function remarkMarkdownTalks(options: RemarkMarkdownTalksOptions = {}) {
  const enabled = options.enabled ?? true
  const warnNearMisses = options.warnNearMisses ?? true
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if ((node.type === 'mdxJsxFlowElement' && node.name === 'TalkList') || node.type === 'code') return SKIP
      if (node.type !== 'list' || !parent || index === undefined) return undefined
      const marker = markerBefore(parent, index)
      if (marker === 'no-talks' || (!enabled && marker !== 'talks')) return SKIP
      const readings = node.children.map(readItem)
      const talks = readings.filter((reading) => 'talk' in reading)
      if (marker === 'talks') {
        readings.forEach((reading, at) => {
          if ('reason' in reading) fail(file, node.children[at], `talk list item is not a talk: ${reading.reason}`, `write ${EXAMPLE}, or remove <!-- talks --> before the list`)
        })
      } else {
        const hasSpeakers = talks.some((reading) => reading.talk.speakers !== '')
        if (node.children.length < 2 || !hasSpeakers) return undefined
        if (talks.length < node.children.length) {
          // Most items are talks: one that is not is likely a typo, but the list stays as written.
          if (warnNearMisses && talks.length >= 2 && talks.length * 3 >= node.children.length * 2) {
            readings.forEach((reading, at) => {
              if ('reason' in reading) warn(file, node.children[at], `this list reads as a talk list, but this item is not a talk (${reading.reason}), so the list stays a plain list`, `write ${EXAMPLE}, or put <!-- no-talks --> on the line before the list`)
            })
          }
          return undefined
        }
      }
      parent.children[index] = talkList(node, talks.map((reading) => reading.talk))
      return SKIP
    })
  }
}

function markerBefore(parent: Parent, index: number): 'talks' | 'no-talks' | undefined {
  const previous = parent.children[index - 1]
  if (previous?.type !== 'html') return undefined
  const match = MARKER.exec((previous as Html).value.trim())
  return match ? (match[1].toLowerCase() as 'talks' | 'no-talks') : undefined
}

/** Reads one list item as a talk: one paragraph, a link to a recording first, speakers after it or in its text. */
function readItem(item: ListItem): ItemReading {
  const [paragraph, ...more] = item.children
  if (paragraph?.type !== 'paragraph') return { reason: 'it does not start with a link' }
  if (more.length > 0) return { reason: 'it holds more than one paragraph or a nested list' }
  const at = paragraph.children.findIndex((child) => child.type === 'link')
  const link = paragraph.children[at]
  if (at === -1 || link?.type !== 'link' || toString(paragraph.children.slice(0, at)).trim() !== '') return { reason: 'it does not start with a link' }
  if (!isRecordingUrl(link.url)) return { reason: `the link ${link.url} is not a YouTube or Vimeo video` }
  const after = toString(paragraph.children.slice(at + 1))
  if (!isSpeakerText(after)) return { reason: 'the text after the link is not a list of speakers' }
  const { title, speakers } = splitTalkText(toString(link), after)
  if (!title) return { reason: 'the link has no text' }
  return { talk: { title, url: link.url, speakers, start: parseStartTime(link.url), position: item.position } }
}

function talkList(list: List, talks: TalkFields[]): MdxJsxFlowElement {
  const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value })
  return {
    type: 'mdxJsxFlowElement',
    name: 'TalkList',
    attributes: [],
    position: list.position,
    children: talks.map((talk) => ({
      type: 'mdxJsxFlowElement',
      name: 'Talk',
      attributes: [
        attribute('title', talk.title),
        attribute('url', talk.url),
        ...(talk.speakers ? [attribute('speakers', talk.speakers)] : []),
        ...(talk.start !== undefined ? [attribute('start', String(talk.start))] : []),
      ],
      children: [],
      position: talk.position,
    })),
  }
}

function fail(file: VFile, node: RootContent, reason: string, hint: string): void {
  const message = file.message(reason, { place: node.position, ruleId: RULE, source: SOURCE })
  message.fatal = true
  message.note = hint
}

function warn(file: VFile, node: RootContent, reason: string, hint: string): void {
  file.message(reason, { place: node.position, ruleId: RULE, source: SOURCE }).note = hint
}
