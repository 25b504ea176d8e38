import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkMdx from 'remark-mdx'
import type { Root } from 'mdast'
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { remarkPlugins } from '../markdown/remark-plugins'
import type { PipelineContext } from '../markdown/context'
import { answersHold, hashOf, openBuildCache, recordQuestions } from '../markdown/compile-cache'
import { getImageSize, listFolderImages } from '../images'
import { count } from '../trace'
import type { Post } from './post'

/**
 * What a post's body says about events: its talks (from `<TalkList>`s, `<Talk>`s and the Markdown
 * talk lists of Hugo posts) and its gallery photos. Read from the syntax tree the pipeline's own
 * remark plugins make (lib/markdown/remark-plugins.ts), so the talk cards on a page and the event
 * and speaker pages come from one reading. Kept in the build cache by the post's text.
 */

/** A talk as a post lists it: what its `<Talk>` element says, and the line. */
export type TalkFact = { title: string; url: string; speakers: string; start?: number; line: number }

/** A photo of a post's gallery, with its size. */
export type PhotoFact = { src: string; alt: string; caption?: string; width: number; height: number; line: number }

/** Talks and photos of one post, in the order the post gives them. */
export type PostFacts = { talks: TalkFact[]; photos: PhotoFact[] }

function attributes(node: MdxJsxFlowElement): Record<string, string> {
  const props: Record<string, string> = {}
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') props[attribute.name] = attribute.value
  }
  return props
}

/** Collects the talks and photos of a tree the remark plugins have made. */
function collect(tree: Root): PostFacts {
  const facts: PostFacts = { talks: [], photos: [] }
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    const props = attributes(node)
    const line = node.position?.start.line ?? 1
    if (node.name === 'Talk' && props.title && props.url) {
      const start = props.start && /^\d+$/.test(props.start) ? Number(props.start) : undefined
      facts.talks.push({ title: props.title, url: props.url, speakers: props.speakers ?? '', ...(start === undefined ? {} : { start }), line })
    } else if (node.name === 'GalleryImage' && props.src && Number(props.width) > 0 && Number(props.height) > 0) {
      facts.photos.push({ src: props.src, alt: props.alt ?? '', ...(props.caption ? { caption: props.caption } : {}), width: Number(props.width), height: Number(props.height), line })
    }
  })
  return facts
}

/** Reads a post's talks and photos with the pipeline's remark plugins. A post that does not parse has none (its compile reports why). */
export function readPostFacts(post: Pick<Post, 'filePath' | 'format' | 'body' | 'detectTalks'>, context: PipelineContext): PostFacts {
  const file = new VFile({ path: post.filePath, value: post.body })
  const processor = unified().use(remarkParse)
  if (post.format === 'mdx') processor.use(remarkMdx)
  processor.use(remarkPlugins(post, context))
  try {
    return collect(processor.runSync(processor.parse(file), file) as Root)
  } catch {
    return { talks: [], photos: [] }
  }
}

/** The context facts are read with: refs do not matter here; images and folders are read under publicDir. */
export function factsContext(publicDir: string): PipelineContext {
  return {
    resolveRef: () => undefined,
    publicDir,
    imageSize: (src) => getImageSize(publicDir, src),
    listImages: (folder) => listFolderImages(publicDir, folder),
  }
}

/** readPostFacts through the build cache (production builds), keyed by the post's text and the answers its images gave. */
export function getPostFacts(post: Post, context: PipelineContext): PostFacts {
  const cache = openBuildCache<PostFacts>('facts')
  if (!cache) return readPostFacts(post, context)
  const key = hashOf(post.filePath, post.format, String(post.detectTalks), post.body)
  const entry = cache.get(key)
  if (entry && answersHold(entry.asked, context)) {
    count('facts-cache-hit')
    return entry.value
  }
  const recorder = recordQuestions(context)
  const value = readPostFacts(post, recorder.context)
  cache.set(key, { value, asked: recorder.asked })
  count('facts-cache-miss')
  return value
}
