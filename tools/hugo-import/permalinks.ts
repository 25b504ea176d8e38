/**
 * The permalink patterns imported posts need in content/permalinks.yml so they keep the URLs Hugo
 * gave them, and how they merge with the project's own.
 */
import { dirname } from 'node:path'
import { parseDocument } from 'yaml'
import { PERMALINK_TOKENS, sliceSections } from '../../lib/routes'
import { site } from '../../lib/site'

/**
 * The pattern each imported folder needs so posts keep Hugo's URLs. Imported into a folder named
 * after the section (`into` = `section`), recap's folders are Hugo's: `:section` and `:sections`
 * mean there what they meant in Hugo (recap counts a folder with an `_index.md` as a section, as
 * Hugo does), so the pattern is written once, as the site wrote it. Imported elsewhere, both are
 * written out literally, folder by folder. Without a configured pattern Hugo uses the file's
 * folder and its slug or file name: `/:sections/:slugorfilename/` when every folder holding posts
 * is a section, else written out folder by folder.
 */
export function folderPatterns(options: {
  section: string
  pattern: string | undefined
  /** Folders (relative to the section, '' = its top) that hold posts. */
  folders: string[]
  /** Folders (relative to the section) that hold an `_index.md`. */
  sectionFolders: Set<string>
  into: string
}): { folder: string; pattern: string }[] {
  const { section, pattern, into } = options
  const folders = [...new Set(options.folders)].filter(Boolean)
  const isNative = into === section
  if (isNative && pattern !== undefined) return [{ folder: into, pattern }]
  if (isNative && folders.every((folder) => options.sectionFolders.has(folder))) return [{ folder: into, pattern: '/:sections/:slugorfilename/' }]
  const resolveFor = (folder: string) => {
    if (pattern === undefined) return `/${[section, folder].filter(Boolean).join('/')}/:slugorfilename/`
    const parts = folder ? folder.split('/') : []
    const sections = [section, ...parts.filter((_, i) => options.sectionFolders.has(parts.slice(0, i + 1).join('/')))]
    return pattern.replace(/:sections(\[[^\]]*\])?/g, (_token, slice: string | undefined) => sliceSections(sections, slice)).replace(/:section\b/g, section)
  }
  const top = resolveFor('')
  const chosen = new Map<string, string>([['', top]])
  // Parents sort before their children, so each folder compares with what it would inherit.
  for (const folder of folders.sort()) {
    const own = resolveFor(folder)
    const parts = folder.split('/')
    let inherited = top
    for (let i = parts.length - 1; i > 0; i--) {
      const ancestor = chosen.get(parts.slice(0, i).join('/'))
      if (ancestor !== undefined) {
        inherited = ancestor
        break
      }
    }
    if (own !== inherited) chosen.set(folder, own)
  }
  return [...chosen].map(([folder, value]) => ({ folder: [into, folder].filter(Boolean).join('/') || '.', pattern: value }))
}

/** Tokens in a pattern that recap cannot expand. */
export function unsupportedTokens(pattern: string): string[] {
  return [...pattern.matchAll(/:([a-z]+)(\[[^\]]*\])?/gi)]
    .filter((match) => !(match[1] === 'sections' && (!match[2] || /^\[\s*(\d+|last)?\s*(:\s*(\d+|last)?\s*)?\]$/.test(match[2]))))
    .map((match) => match[1] + (match[2] ?? ''))
    .filter((token) => !(PERMALINK_TOKENS as readonly string[]).includes(token))
}

/** The permalinks.yml text after setting `entries`; comments and other folders stay. */
export function mergePermalinksText(existing: string | undefined, entries: { folder: string; pattern: string }[]): string {
  const header =
    "# Permalink patterns (Hugo's tokens) for posts in each folder under content/posts/; '.' is the top.\n" +
    '# The longest matching folder wins. Written by `npm run import:hugo` to keep Hugo URLs.\n'
  const document = parseDocument(existing ?? header, { schema: 'core' })
  for (const { folder, pattern } of entries) document.set(folder, pattern)
  return document.toString({ lineWidth: 0 })
}

/** The pattern lib/content.ts gives posts in `folder` ('' = the top): the longest matching entry wins. */
export function effectivePattern(table: Record<string, string>, folder: string): string {
  const key = Object.keys(table)
    .filter((name) => name !== '.' && (folder === name || folder.startsWith(name + '/')))
    .sort((a, b) => b.length - a.length)[0]
  return key !== undefined ? table[key] : (table['.'] ?? site.permalink)
}

/** The folder of a post under content/posts/ ('' = the top); a bundle's folder is the post itself. */
export function folderOfPost(file: string): string {
  const id = file.replace(/\.(md|mdx)$/i, '').replace(/(.)\/index$/, '$1')
  return dirname(id) === '.' ? '' : dirname(id)
}

/**
 * Where the section goes under content/posts/ when --into is not given: the top folder when its
 * posts keep their URLs there beside the project's own (the section's pattern is the one the top
 * already has, and it has no nested sections, whose list pages live at their folder's path); else
 * a folder named after the section, where Hugo's :section and :sections mean what they meant.
 */
export function defaultInto(options: { section: string; pattern: string | undefined; topPattern: string; hasNestedSections: boolean }): string {
  if (options.pattern !== undefined && options.pattern === options.topPattern && !options.hasNestedSections) return ''
  return options.section
}
