import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import { visit } from 'unist-util-visit'
import type { Root } from 'mdast'

/** A link, image or link reference definition found in Markdown, where it starts in the text. */
export type MarkdownLink = {
  kind: 'link' | 'image' | 'definition'
  url: string
  line: number
  column: number
}

/** Every link, image and definition of a Markdown text, in order, found by parsing it (CommonMark + GFM). */
export function listMarkdownLinks(markdown: string): MarkdownLink[] {
  const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(markdown)
  const links: MarkdownLink[] = []
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.position) {
      const { line, column } = node.position.start
      links.push({ kind: node.type, url: node.url, line, column })
    }
  })
  return links
}

// Last labels that end file names far more often than host names: `[notes](notes.md)` is a file.
const FILE_EXTENSIONS = new Set(
  ('md mdx markdown html htm xhtml php asp aspx jsp cgi png jpg jpeg gif svg webp avif ico bmp tif tiff pdf txt ' +
    'xml json yaml yml toml csv tsv js mjs cjs ts tsx jsx css scss zip gz tgz tar bz2 xz sh bash ps1 py rb go rs ' +
    'java kt c h cc cpp hpp mp4 mp3 m4a webm mov wav ogg woff woff2 ttf otf eot wasm exe dmg deb rpm jar war iso ' +
    'img log conf cfg ini lock key pem crt patch diff proto sql')
    .split(' '),
)

/**
 * The host a link seems to name when it was written without its scheme (`smi-spec.org`,
 * `slack.linkerd.io/#/`, `www.example.com`): such a link is relative, so it leads to a page of
 * this site under the post's own path. Undefined for anything else (URLs, paths, anchors, files).
 */
export function schemelessHost(url: string): string | undefined {
  const value = url.trim()
  if (!value || /^[a-z][a-z0-9+.-]*:/i.test(value) || /^[/#?.\\]/.test(value)) return undefined
  const host = value.split(/[/?#]/)[0]
  if (!/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]{1,23}$/i.test(host)) return undefined
  const lastLabel = host.slice(host.lastIndexOf('.') + 1).toLowerCase()
  const hasPath = value.length > host.length
  if (FILE_EXTENSIONS.has(lastLabel) && !hasPath && !/^www\./i.test(host)) return undefined
  return host
}
