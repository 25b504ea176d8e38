import type { Element, ElementContent, Root } from 'hast'
import type { MdxJsxAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx'
import type { VFile } from 'vfile'
import { SKIP, visit } from 'unist-util-visit'
import { playerVideo, vimeoWatchUrl, youTubeWatchUrl, type PlayerVideo } from '../video-urls'
import { quote, warnAt } from './html-warnings'
import { isSiteUrl } from '../safe-urls'

const SOURCE = 'rehype-video-embeds'

/**
 * YouTube and Vimeo iframes in a post's HTML become the click-to-play <YouTube> and <Vimeo>
 * components, so nothing loads from those sites before the reader asks; inside a paragraph,
 * where a player would break the HTML, a link to the video. Every other iframe goes, with a
 * warning at its line. A `<video>` of the site's own file becomes <Video>. Runs before the
 * sanitizer, which would drop every iframe and video.
 */
export function rehypeVideoEmbeds() {
  return (tree: Root, file: VFile) => embedVideos(tree, file, false)
}

function embedVideos(tree: Root | Element | MdxJsxTextElementHast, file: VFile, inParagraph: boolean): void {
  visit(tree, (node, index, parent) => {
    if (!inParagraph && ((node.type === 'element' && node.tagName === 'p') || node.type === 'mdxJsxTextElement')) {
      // `<p><video …></video></p>` (raw HTML, a paragraph holding only the video): the player
      // takes the paragraph's place, as a <figure> cannot sit in a <p>.
      const video = node.type === 'element' && parent && index !== undefined ? onlyVideo(node) : undefined
      const own = video && ownVideo(video)
      if (own && parent && index !== undefined) {
        parent.children[index] = own
        return SKIP
      }
      embedVideos(node, file, true)
      return SKIP
    }
    if (node.type === 'element' && node.tagName === 'video' && parent && index !== undefined && !inParagraph) {
      const own = ownVideo(node)
      if (!own) return
      parent.children[index] = own
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

/** The one <video> a paragraph holds, with nothing but white space beside it. */
function onlyVideo(paragraph: Element): Element | undefined {
  const rest = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === '') && child.type !== 'comment')
  const [video] = rest
  return rest.length === 1 && video.type === 'element' && video.tagName === 'video' ? video : undefined
}

/** The site's own media file: a path here, not another origin, no script. */
function isOwnFile(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && isSiteUrl(value) && !/^\s*[/\\]{2}/.test(value)
}

/**
 * `<video src>` or `<video><source src type></video>` whose file is the site's own (a bundle's
 * clip) becomes <Video>, which plays it with the browser's controls; a video from elsewhere is
 * left for the sanitizer, which removes it with a warning.
 */
function ownVideo(video: Element): MdxJsxFlowElementHast | undefined {
  const sources = video.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'source')
  const source = sources.find((child) => isOwnFile(child.properties.src))
  const src = isOwnFile(video.properties.src) ? video.properties.src : source?.properties.src
  if (!isOwnFile(src) || sources.some((child) => !isOwnFile(child.properties.src))) return undefined
  const type = typeof source?.properties.type === 'string' ? source.properties.type : undefined
  const poster = isOwnFile(video.properties.poster) ? video.properties.poster : undefined
  const props = { src, type, poster, title: typeof video.properties.title === 'string' ? video.properties.title : undefined }
  const attributes: MdxJsxAttribute[] = Object.entries(props).flatMap(([name, value]) => (value ? [{ type: 'mdxJsxAttribute' as const, name, value }] : []))
  return { type: 'mdxJsxFlowElement', name: 'Video', attributes, children: [], position: video.position }
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
