import type { Element, ElementContent, Root } from 'hast'
import type { MdxJsxAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx'
import type { VFile } from 'vfile'
import { SKIP, visit } from 'unist-util-visit'
import { playerVideo, vimeoWatchUrl, youTubeWatchUrl, type PlayerVideo } from '../video-urls'
import { quote, warnAt } from './html-warnings'

const SOURCE = 'rehype-video-embeds'

/**
 * YouTube and Vimeo iframes in a post's HTML become the click-to-play <YouTube> and <Vimeo>
 * components, so nothing loads from those sites before the reader asks; inside a paragraph,
 * where a player would break the HTML, a link to the video. Every other iframe goes, with a
 * warning at its line. Runs before the sanitizer, which would drop every iframe.
 */
export function rehypeVideoEmbeds() {
  return (tree: Root, file: VFile) => embedVideos(tree, file, false)
}

function embedVideos(tree: Root | Element | MdxJsxTextElementHast, file: VFile, inParagraph: boolean): void {
  visit(tree, (node, index, parent) => {
    if (!inParagraph && ((node.type === 'element' && node.tagName === 'p') || node.type === 'mdxJsxTextElement')) {
      embedVideos(node, file, true)
      return SKIP
    }
    if (node.type !== 'element' || node.tagName !== 'iframe' || !parent || index === undefined) return
    const src = typeof node.properties.src === 'string' ? node.properties.src : ''
    const video = playerVideo(src)
    if (!video) {
      warnAt(file, node, `<iframe>${src ? ` of ${quote(src)}` : ''} removed: only YouTube and Vimeo videos can be embedded`, 'write <YouTube id="…" /> for a YouTube video, or link to the page', { source: SOURCE })
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    const title = typeof node.properties.title === 'string' ? node.properties.title.trim() : ''
    parent.children[index] = inParagraph ? watchLink(video, title, node) : player(video, title, node)
    return SKIP
  })
}

/** `<YouTube id start end title />` or `<Vimeo id hash title />`, in place of the iframe. */
function player({ site, ...props }: PlayerVideo, title: string, iframe: Element): MdxJsxFlowElementHast {
  const attributes: MdxJsxAttribute[] = []
  for (const [name, value] of Object.entries({ ...props, title })) {
    if (value) attributes.push({ type: 'mdxJsxAttribute', name, value })
  }
  return { type: 'mdxJsxFlowElement', name: site, attributes, children: [], position: iframe.position }
}

/** A link to the video's page, labelled with the iframe's title. */
function watchLink(video: PlayerVideo, title: string, iframe: Element): ElementContent {
  const href = video.site === 'YouTube' ? youTubeWatchUrl(video.id) : vimeoWatchUrl(video.id, video.hash)
  return { type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: title || `Video on ${video.site}` }], position: iframe.position }
}
