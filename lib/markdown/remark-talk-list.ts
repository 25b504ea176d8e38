import type { ListItem, Root, RootContent } from 'mdast'
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'
import type { VFile } from 'vfile'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { splitTalkText } from '../talks'
import { parseStartTime } from '../video-urls'

const RULE = 'talk-list'
const SOURCE = 'remark-talk-list'
const EXAMPLE = '- [Intro to Linkerd](https://www.youtube.com/watch?v=Z3nfLI3z0hc): William Morgan, Buoyant'

/**
 * Inside `<TalkList>`, turns a Markdown list of links to recordings into `<Talk>` elements:
 * `- [Title](url): Speaker, Organisation & Speaker, Organisation` (or `[Title - Speakers](url)`)
 * becomes `<Talk title url speakers start />`, `start` read from the URL (`?t=359`, `#t=20m01s`).
 * `<Talk>` elements written by hand stay as they are. Anything else inside is an error.
 */
export function remarkTalkList() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name !== 'TalkList') return
      const talks: MdxJsxFlowElement[] = []
      for (const child of node.children) {
        if (child.type === 'list') {
          for (const item of child.children) {
            const talk = talkFromItem(item, file)
            if (talk) talks.push(talk)
          }
        } else if (child.type === 'mdxJsxFlowElement' && child.name === 'Talk') {
          talks.push(child)
        } else {
          fail(file, child, `<TalkList> holds a list of talk links or <Talk> elements, not ${describe(child)}`, `write each talk as a list item: ${EXAMPLE}`)
        }
      }
      node.children = talks
    })
  }
}

function talkFromItem(item: ListItem, file: VFile): MdxJsxFlowElement | undefined {
  const paragraph = item.children[0]
  const index = paragraph?.type === 'paragraph' ? paragraph.children.findIndex((node) => node.type === 'link') : -1
  if (paragraph?.type !== 'paragraph' || index === -1 || toString(paragraph.children.slice(0, index)).trim() !== '') {
    fail(file, item, 'a talk in <TalkList> must start with a link to its recording', `write ${EXAMPLE}`)
    return undefined
  }
  const link = paragraph.children[index]
  if (link.type !== 'link') return undefined
  const after = toString(paragraph.children.slice(index + 1))
  const { title, speakers } = splitTalkText(toString(link), after)
  if (!title) {
    fail(file, item, 'a talk in <TalkList> has a link with no text', `write the talk's title as the link text: ${EXAMPLE}`)
    return undefined
  }
  if (!speakers) {
    fail(file, item, `talk "${title}" names no speakers`, `add them after the link: ${EXAMPLE}`)
    return undefined
  }
  const start = parseStartTime(link.url)
  const attributes: [string, string][] = [['title', title], ['url', link.url], ['speakers', speakers]]
  if (start !== undefined) attributes.push(['start', String(start)])
  return {
    type: 'mdxJsxFlowElement',
    name: 'Talk',
    attributes: attributes.map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
    children: [],
    position: item.position,
  }
}

function describe(node: RootContent): string {
  if (node.type === 'mdxJsxFlowElement') return `<${node.name ?? ''}>`
  return node.type === 'paragraph' ? 'a paragraph' : `a ${node.type}`
}

function fail(file: VFile, node: RootContent, reason: string, hint: string): void {
  const message = file.message(reason, { place: node.position, ruleId: RULE, source: SOURCE })
  message.fatal = true
  message.note = hint
}
