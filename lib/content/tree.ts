import { extname } from 'node:path'
import { listFiles } from '../files'

/**
 * What the files under content/posts/ are, by Hugo's rules for page bundles:
 *   a folder with `index.md` (or `.mdx`) is a leaf bundle: one post, every other file below it
 *     (images, data, other Markdown files, sub-folders) its resources;
 *   a folder with `_index.md` is a branch bundle: a section (a list page of the posts below it),
 *     the non-content files directly in it its resources;
 *   any other Markdown file is a post of its own.
 * Dot files and folders are editor leftovers and never content.
 */

/** Files Hugo reads as content; `.md`/`.mdx` are what recap reads as posts. */
const CONTENT_EXTENSIONS = new Set(['.md', '.mdx', '.markdown', '.html', '.htm'])
export const POST_EXTENSIONS = new Set(['.md', '.mdx'])

/** One bundle's files: paths under content/posts/, and each one's name within the bundle. */
export type BundleFiles = { name: string; path: string }[]

/** content/posts/ sorted into posts, sections and their resources (paths relative to it, forward slashes). */
export type ContentTree = {
  /** Post files: flat `.md`/`.mdx` files and the `index.*` of leaf bundles. */
  posts: string[]
  /** `_index.md` files: one per section folder. */
  sections: string[]
  /** A leaf bundle's resources by the folder of the bundle ('2022/my-post'). */
  leafResources: Map<string, BundleFiles>
  /** A section's resources by its folder ('2023'). */
  branchResources: Map<string, BundleFiles>
  /** Files that are neither content nor a bundle's resource: Hugo publishes them nowhere useful, recap not at all. */
  loose: string[]
}

const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '')
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1)
const isIndex = (path: string, stem: 'index' | '_index') => {
  const name = nameOf(path).toLowerCase()
  return name.startsWith(`${stem}.`) && CONTENT_EXTENSIONS.has(extname(name))
}

/** Sorts the files of a posts folder (as listFiles gives them) into posts, sections and resources. */
export function sortContentFiles(files: readonly string[]): ContentTree {
  const visible = files.filter((path) => path.split('/').every((part) => !part.startsWith('.')))
  const leafFolders = new Set(visible.filter((path) => isIndex(path, 'index') && POST_EXTENSIONS.has(extname(path).toLowerCase())).map(folderOf))
  const sectionFolders = new Set(visible.filter((path) => isIndex(path, '_index')).map(folderOf))
  /** The leaf bundle a file belongs to: the nearest folder above it with an index file (a bundle in a bundle is a resource). */
  const leafOf = (path: string): string | undefined => {
    let found: string | undefined
    for (let folder = folderOf(path); ; folder = folderOf(folder)) {
      if (leafFolders.has(folder) && folder !== '') found = folder
      if (folder === '') return found
    }
  }
  const tree: ContentTree = { posts: [], sections: [], leafResources: new Map(), branchResources: new Map(), loose: [] }
  const add = (map: Map<string, BundleFiles>, folder: string, path: string) => {
    const list = map.get(folder) ?? []
    list.push({ name: folder ? path.slice(folder.length + 1) : path, path })
    map.set(folder, list)
  }
  for (const path of visible) {
    const leaf = leafOf(path)
    const ext = extname(path).toLowerCase()
    if (leaf !== undefined) {
      // The bundle's own index is the post; everything else under it is a resource (Hugo does
      // not make pages of a leaf bundle's other Markdown files).
      if (folderOf(path) === leaf && isIndex(path, 'index') && POST_EXTENSIONS.has(ext)) tree.posts.push(path)
      else add(tree.leafResources, leaf, path)
      continue
    }
    if (isIndex(path, '_index')) {
      if (POST_EXTENSIONS.has(ext)) tree.sections.push(path)
      continue
    }
    if (POST_EXTENSIONS.has(ext)) {
      // `_draft.md` and the like: Hugo skips files whose name starts with `_` other than _index.
      if (!path.split('/').some((part) => part.startsWith('_'))) tree.posts.push(path)
      continue
    }
    if (CONTENT_EXTENSIONS.has(ext)) {
      tree.loose.push(path)
      continue
    }
    const folder = folderOf(path)
    if (sectionFolders.has(folder)) add(tree.branchResources, folder, path)
    else tree.loose.push(path)
  }
  return tree
}

/** Reads and sorts content/posts/ (no symbolic links followed, as listFiles never does). */
export function readContentTree(postsDir: string): ContentTree {
  return sortContentFiles(listFiles(postsDir))
}
